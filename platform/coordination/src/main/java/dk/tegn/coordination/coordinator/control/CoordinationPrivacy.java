package dk.tegn.coordination.coordinator.control;

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
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Coordination's personal data: cohort memberships, assignments with due dates, and
 * self-registrations (address, name, password hash), the reminder mails one chose. Erasure deletes
 * the person's registrations (by account and by address) and mail choices and keeps memberships and
 * assignments, which are ids only, so that the cohort's completion figures keep their counts.
 */
@ApplicationScoped
public class CoordinationPrivacy implements PrivacyProvider {

  @PersistenceContext EntityManager em;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "coordination",
        Messages.PLATFORM,
        "privacy.coordination",
        List.of(
            table("crd_cohort_member", "account_id", "joined_at"),
            table("crd_assignment", "account_id", "due_on", "assigned_by"),
            table(
                "crd_registration",
                "email",
                "display_name",
                "password_hash",
                "locale",
                "account_id",
                "decided_by"),
            table("crd_notification_choice", "account_id"),
            table("crd_cohort", "created_by"),
            table("crd_enrolment_key", "created_by")));
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public JsonObject export(Person person) {
    long id = person.accountId();
    return JSON.createObjectBuilder()
        .add(
            "cohorts",
            Records.of(
                em,
                "SELECT c.name, m.joined_at FROM crd_cohort_member m"
                    + " JOIN crd_cohort c ON c.id = m.cohort_id WHERE m.account_id = ?"
                    + " ORDER BY c.name",
                List.of("cohort", "joinedAt"),
                id))
        .add(
            "assignments",
            Records.of(
                em,
                "SELECT course_id, due_on, assigned_at FROM crd_assignment"
                    + " WHERE account_id = ? ORDER BY id",
                List.of("course", "dueOn", "assignedAt"),
                id))
        .add(
            "registrations",
            Records.of(
                em,
                "SELECT email, display_name, status, created_at, confirmed_at, decided_at"
                    + " FROM crd_registration WHERE account_id = ? OR email = ? ORDER BY id",
                List.of("email", "displayName", "status", "createdAt", "confirmedAt", "decidedAt"),
                id,
                person.email() == null ? "" : person.email()))
        .add(
            "notificationChoices",
            Records.of(
                em,
                "SELECT due_reminders, expiry_reminders, changed_at FROM crd_notification_choice"
                    + " WHERE account_id = ?",
                List.of("dueReminders", "expiryReminders", "changedAt"),
                id))
        .build();
  }

  /**
   * Retention: registrations whose link ran out more than {@code days} ago go, except those still
   * waiting for a coordinator's decision (a confirmed registration that became an account has done
   * its work; an unconfirmed one never will). Returns how many went.
   */
  @Transactional
  public int purgeExpiredRegistrations(Instant now, int days) {
    return em.createNativeQuery(
            "DELETE FROM crd_registration WHERE expires_at < ? AND status <> 'AWAITING_APPROVAL'")
        .setParameter(1, now.minus(Duration.ofDays(days)))
        .executeUpdate();
  }

  @Override
  public void erase(Person person) {
    em.createNativeQuery("DELETE FROM crd_notification_choice WHERE account_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM crd_registration WHERE account_id = ? OR email = ?")
        .setParameter(1, person.accountId())
        .setParameter(2, person.email() == null ? "" : person.email())
        .executeUpdate();
  }
}
