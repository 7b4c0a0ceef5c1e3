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
 * A learner's attempts and answers, and the question versions a trainer wrote. Answers are the
 * choices, numbers and orders a question offers (no free text), so erasure keeps them: they are
 * tied to the account only, which erasure leaves without name, e-mail or password, and question
 * statistics and pass rates keep counting them.
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
        .build();
  }

  /** Nothing to change here: see the class comment. */
  @Override
  public void erase(Person person) {}
}
