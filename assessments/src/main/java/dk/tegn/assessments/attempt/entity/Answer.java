package dk.tegn.assessments.attempt.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.Response;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/**
 * A saved answer, read-only here: answers are written by an idempotent native upsert keyed by
 * (attempt, slot) in {@code AnswerStore}, the hot path during an exam.
 */
@Entity
@Table(name = "asm_answer")
@NamedQuery(
    name = "Answer.listByAttempt",
    query = "select a from Answer a where a.attemptId = :attemptId order by a.slot",
    // the bound as a hint, prepared once (see Attempt.listByLearnerQuizAndContext)
    hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "10000"))
public class Answer {

  @Id private Long id;

  @Column(name = "attempt_id", insertable = false, updatable = false)
  private long attemptId;

  @Column(insertable = false, updatable = false)
  private int slot;

  @Column(insertable = false, updatable = false)
  private String response;

  @Column(name = "saved_at", insertable = false, updatable = false)
  private Instant savedAt;

  protected Answer() {}

  public Response response() {
    try (JsonReader reader = JSON.createReader(new StringReader(response))) {
      return ContentJson.readResponse(reader.readObject());
    }
  }

  public long getAttemptId() {
    return attemptId;
  }

  public int getSlot() {
    return slot;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
