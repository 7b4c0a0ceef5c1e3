package dk.tegn.assessments.privacy.control;

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
 * A learner's attempts and answers, the grade overrides and extra attempts a coordinator gave them
 * (with the reasons), and the question versions a trainer wrote. Answers are the choices, numbers
 * and orders a question offers (no free text), so erasure keeps them: they are tied to the account
 * only, which erasure leaves without name, e-mail or password, and question statistics and pass
 * rates keep counting them.
 */
@ApplicationScoped
public class AssessmentsPrivacy implements PrivacyProvider {

  @PersistenceContext EntityManager em;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "assessments",
        Messages.ASSESSMENTS,
        "privacy.assessments",
        List.of(
            table(
                "asm_attempt",
                "learner_id",
                "started_at",
                "submitted_at",
                "fraction",
                "score_percent",
                "passed"),
            table("asm_answer", "response", "saved_at"),
            table("asm_attempt_slot", "flagged"),
            table(
                "asm_grade_override",
                "score_percent",
                "passed",
                "reason",
                "overridden_by",
                "overridden_at"),
            table("asm_extra_attempt", "learner_id", "reason", "granted_by", "granted_at"),
            table("asm_question_version", "created_by")));
  }

  @Override
  public JsonObject export(Person person) {
    return JSON.createObjectBuilder()
        .add(
            "attempts",
            Records.of(
                em,
                "SELECT t.id, "
                    + Records.translated("q.title", person.language())
                    + ", t.number, t.state, t.started_at, t.submitted_at, t.score_percent,"
                    + " t.passed FROM asm_attempt t JOIN asm_quiz q ON q.id = t.quiz_id"
                    + " WHERE t.learner_id = ? ORDER BY t.id",
                List.of(
                    "attempt",
                    "quiz",
                    "number",
                    "state",
                    "startedAt",
                    "submittedAt",
                    "scorePercent",
                    "passed"),
                person.accountId()))
        .add(
            "answers",
            Records.of(
                em,
                "SELECT w.attempt_id, w.slot, w.response, w.saved_at FROM asm_answer w"
                    + " JOIN asm_attempt t ON t.id = w.attempt_id WHERE t.learner_id = ?"
                    + " ORDER BY w.attempt_id, w.slot",
                List.of("attempt", "slot", "response", "savedAt"),
                person.accountId()))
        .add(
            "flaggedForReview",
            Records.of(
                em,
                "SELECT s.attempt_id, s.slot FROM asm_attempt_slot s"
                    + " JOIN asm_attempt t ON t.id = s.attempt_id WHERE t.learner_id = ?"
                    + " AND s.flagged = TRUE ORDER BY s.attempt_id, s.slot",
                List.of("attempt", "slot"),
                person.accountId()))
        .add(
            "gradeOverrides",
            Records.of(
                em,
                "SELECT o.attempt_id, o.score_percent, o.passed, o.reason, o.overridden_at"
                    + " FROM asm_grade_override o JOIN asm_attempt t ON t.id = o.attempt_id"
                    + " WHERE t.learner_id = ? ORDER BY o.attempt_id",
                List.of("attempt", "scorePercent", "passed", "reason", "overriddenAt"),
                person.accountId()))
        .add(
            "extraAttempts",
            Records.of(
                em,
                "SELECT x.id, "
                    + Records.translated("q.title", person.language())
                    + ", x.reason, x.granted_at FROM asm_extra_attempt x"
                    + " JOIN asm_quiz q ON q.id = x.quiz_id WHERE x.learner_id = ? ORDER BY x.id",
                List.of("extraAttempt", "quiz", "reason", "grantedAt"),
                person.accountId()))
        .add(
            "gradeOverridesGiven",
            Records.of(
                em,
                "SELECT o.attempt_id, o.overridden_at FROM asm_grade_override o"
                    + " WHERE o.overridden_by = ? ORDER BY o.attempt_id",
                List.of("attempt", "overriddenAt"),
                person.accountId()))
        .add(
            "extraAttemptsGiven",
            Records.of(
                em,
                "SELECT x.id, x.granted_at FROM asm_extra_attempt x WHERE x.granted_by = ?"
                    + " ORDER BY x.id",
                List.of("extraAttempt", "grantedAt"),
                person.accountId()))
        .build();
  }

  /**
   * Attempts and answers stay (see the class comment); the reasons a coordinator wrote about the
   * person's grades and attempts are free text about them, so they go. The grades and attempts
   * given stay: they are what the person's results are. An attempt prepared and never started is no
   * result: it goes, its slots with it.
   */
  @Override
  public void erase(Person person) {
    em.createNativeQuery("DELETE FROM asm_attempt WHERE learner_id = ? AND state = 'PREPARED'")
        .setParameter(1, person.accountId())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE asm_grade_override o JOIN asm_attempt t ON t.id = o.attempt_id"
                + " SET o.reason = '' WHERE t.learner_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
    em.createNativeQuery("UPDATE asm_extra_attempt SET reason = '' WHERE learner_id = ?")
        .setParameter(1, person.accountId())
        .executeUpdate();
  }
}
