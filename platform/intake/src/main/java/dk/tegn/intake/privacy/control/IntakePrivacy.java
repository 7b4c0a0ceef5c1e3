package dk.tegn.intake.privacy.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.privacy.Declaration.table;

import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.Records;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Intake's personal data. A referrer's export holds only what the referrer sees of their referrals
 * (reference, date, received / being handled / closed), never the victim's details, the team or the
 * outcome. A referral stays with the centre when its referrer is erased: the referrer is left as
 * the erased account (no name) and their call-back number goes. An intake officer's team
 * memberships and on-call duty go; their case actions stay as the erased account's.
 */
@ApplicationScoped
public class IntakePrivacy implements PrivacyProvider {

  @PersistenceContext EntityManager em;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "intake",
        Messages.INTAKE,
        "privacy.intake",
        List.of(
            table(
                "itk_referral",
                "referrer_account_id",
                "referrer_callback_ct",
                "assignee_account_id",
                "person_name_ct",
                "estimated_age_ct",
                "met_on_ct",
                "met_where_ct",
                "languages_ct",
                "contact_ct",
                "narrative_ct",
                "nationality",
                "gender",
                "age_category"),
            table("itk_transition", "actor_account_id", "assignee_account_id", "comment_ct"),
            table("itk_indicator_answer", "answer"),
            table("itk_team_member", "account_id"),
            table("itk_on_call", "account_id")));
  }

  @Override
  public JsonObject export(Person person) {
    long id = person.accountId();
    return JSON.createObjectBuilder()
        .add(
            "referralsSubmitted",
            Records.of(
                em,
                "SELECT reference, submitted_at, CASE state WHEN 'SUBMITTED' THEN 'RECEIVED'"
                    + " WHEN 'CLOSED' THEN 'CLOSED' ELSE 'BEING_HANDLED' END"
                    + " FROM itk_referral WHERE referrer_account_id = ? ORDER BY id",
                List.of("reference", "submittedAt", "status"),
                id))
        .add(
            "teams",
            Records.of(
                em,
                "SELECT t.code, m.added_at FROM itk_team_member m JOIN itk_team t"
                    + " ON t.id = m.team_id WHERE m.account_id = ? ORDER BY t.code",
                List.of("team", "since"),
                id))
        .add(
            "onCall",
            Records.of(
                em, "SELECT since FROM itk_on_call WHERE account_id = ?", List.of("since"), id))
        .build();
  }

  @Override
  public void erase(Person person) {
    long id = person.accountId();
    em.createNativeQuery(
            "UPDATE itk_referral SET referrer_callback_ct = NULL"
                + " WHERE referrer_account_id = ? AND referrer_callback_ct IS NOT NULL")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM itk_team_member WHERE account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM itk_on_call WHERE account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }
}
