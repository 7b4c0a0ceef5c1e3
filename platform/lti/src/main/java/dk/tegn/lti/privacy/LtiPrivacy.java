package dk.tegn.lti.privacy;

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
 * The person's ids at the learning platforms that launch Tegn, the links they were launched through
 * and the scores sent back. Erasure forgets the platform ids, so a later launch of the same
 * platform user makes a new account, and scores not yet sent go with them; scores already in a
 * platform's grade book are that platform's to erase.
 */
@ApplicationScoped
public class LtiPrivacy implements PrivacyProvider {

  @PersistenceContext EntityManager em;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "lti",
        Messages.LTI,
        "privacy.lti",
        List.of(
            table("lti_user", "account_id", "subject"),
            table("lti_link_member", "account_id"),
            table("lti_score", "comment")));
  }

  @Override
  public JsonObject export(Person person) {
    return JSON.createObjectBuilder()
        .add(
            "platformAccounts",
            Records.of(
                em,
                "SELECT u.platform_id, u.subject FROM lti_user u WHERE u.account_id = ?"
                    + " ORDER BY u.platform_id",
                List.of("platform", "userId"),
                person.accountId()))
        .build();
  }

  @Override
  public void erase(Person person) {
    em.createNativeQuery("DELETE FROM lti_link_member WHERE account_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM lti_user WHERE account_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
  }
}
