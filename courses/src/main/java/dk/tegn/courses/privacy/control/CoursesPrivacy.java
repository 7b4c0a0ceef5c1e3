package dk.tegn.courses.privacy.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.privacy.Declaration.table;

import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.Records;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * A learner's enrolments, progress, completions and certificates, and what a trainer authored.
 * Erasure withdraws the person's certificates (their badges then answer "revoked"), and keeps the
 * learning records, which point at the account only: erasure leaves the account without name,
 * e-mail or password, and the coordinator's completion figures keep counting them.
 */
@ApplicationScoped
public class CoursesPrivacy implements PrivacyProvider {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "courses",
        Messages.COURSES,
        "privacy.courses",
        List.of(
            table(
                "crs_enrolment",
                "account_id",
                "enrolled_by",
                "personal_due_on",
                "personal_due_reason",
                "personal_due_by",
                "enrolled_at",
                "started_at",
                "progress_percent",
                "completed_at"),
            table("crs_item_progress", "enrolment_id", "opened_at", "done_at", "best_score"),
            table("crs_completion", "account_id", "completed_at"),
            table(
                "crs_certificate",
                "account_id",
                "code",
                "issued_at",
                "withdrawn_by",
                "withdrawal_reason"),
            table("crs_course", "created_by"),
            table("crs_version", "published_by"),
            table("crs_upload", "created_by"),
            table("crs_item", "reviewed_by"),
            table("crs_source_flag", "flagged_by"),
            table("crs_scorm_package", "created_by"),
            table("crs_xapi_actor", "account_id", "pseudonym"),
            table("crs_calendar_feed", "account_id", "token_hash", "created_at"),
            table("crs_certificate_design", "signatory_name", "updated_by"),
            table("crs_xapi_statement", "body")));
  }

  @Override
  public JsonObject export(Person person) {
    String course = Records.translated("c.title", person.language());
    long id = person.accountId();
    return JSON.createObjectBuilder()
        .add(
            "enrolments",
            Records.of(
                em,
                "SELECT e.id, "
                    + course
                    + ", e.version_number, e.enrolled_at, e.due_on, e.personal_due_on,"
                    + " e.personal_due_reason, e.assigned_due_on, e.started_at,"
                    + " e.progress_percent, e.completed_at, e.expires_at, e.active"
                    + " FROM crs_enrolment e JOIN crs_course c ON c.id = e.course_id"
                    + " WHERE e.account_id = ? ORDER BY e.id",
                List.of(
                    "enrolment",
                    "course",
                    "version",
                    "enrolledAt",
                    "dueOn",
                    "personalDueOn",
                    "personalDueReason",
                    "assignedDueOn",
                    "startedAt",
                    "progressPercent",
                    "completedAt",
                    "expiresAt",
                    "active"),
                id))
        .add(
            "progress",
            Records.of(
                em,
                "SELECT p.enrolment_id, p.item_key, p.opened_at, p.done_at, p.best_score"
                    + " FROM crs_item_progress p JOIN crs_enrolment e ON e.id = p.enrolment_id"
                    + " WHERE e.account_id = ? ORDER BY p.enrolment_id, p.item_key",
                List.of("enrolment", "item", "openedAt", "doneAt", "bestScore"),
                id))
        .add(
            "certificates",
            Records.of(
                em,
                "SELECT k.code, "
                    + course
                    + ", k.issued_at, k.expires_at, k.withdrawn_at, k.withdrawal_reason"
                    + " FROM crs_certificate k JOIN crs_course c ON c.id = k.course_id"
                    + " WHERE k.account_id = ? ORDER BY k.id",
                List.of("code", "course", "issuedAt", "expiresAt", "withdrawnAt", "reason"),
                id))
        .build();
  }

  @Override
  public void erase(Person person) {
    // published with the revoked badge, so it names nobody; written in the organisation's sense of
    // "withdrawn by the holder's erasure", the holder's own id standing for who withdrew it
    String reason =
        Messages.get(Messages.COURSES, Locale.forLanguageTag("en"), "privacy.courses.withdrawn");
    em.createQuery(
            "select c from Certificate c where c.accountId = :accountId and c.withdrawnAt is null",
            Certificate.class)
        .setParameter("accountId", person.accountId())
        .getResultStream()
        .forEach(c -> c.withdraw(person.accountId(), clock.now(), reason));
    // statements name the person by a pseudonym; without this row nobody can link it back
    em.createNativeQuery("DELETE FROM crs_xapi_actor WHERE account_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
    // a coordinator's words about the person; the date they set stays, as the due date does
    em.createNativeQuery(
            "UPDATE crs_enrolment SET personal_due_reason = NULL WHERE account_id = ?"
                + " AND personal_due_reason IS NOT NULL")
        .setParameter(1, person.accountId())
        .executeUpdate();
    // the feed's address would keep publishing the person's dates
    em.createNativeQuery("DELETE FROM crs_calendar_feed WHERE account_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
  }
}
