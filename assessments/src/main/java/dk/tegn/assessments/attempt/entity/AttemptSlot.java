package dk.tegn.assessments.attempt.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The question version one slot of an attempt shows, and the order of its options, both fixed when
 * the attempt starts so a resumed attempt looks exactly as it did.
 */
@Entity
@Table(name = "asm_attempt_slot")
// what every answer save checks against, read once per attempt (AnswerTargets)
@NamedQuery(
    name = "AttemptSlot.listAnswerTargets",
    query =
        "select s.slot, a.learnerId, s.presentation, v.id, v.content from AttemptSlot s"
            + " join s.attempt a join s.questionVersion v where a.id = :attemptId")
// EclipseLink ignores a nested "join fetch" in JPQL; its hint fetches the questions in the same
// join
@NamedQuery(
    name = "AttemptSlot.listWithVersions",
    query = "select s from AttemptSlot s where s.attempt.id = :attemptId",
    hints = {
      @QueryHint(name = "eclipselink.join-fetch", value = "s.questionVersion"),
      @QueryHint(name = "eclipselink.join-fetch", value = "s.questionVersion.question"),
      // the question's category is eager: without this, one more select per category at a submit
      @QueryHint(name = "eclipselink.join-fetch", value = "s.questionVersion.question.category")
    })
// the start of a prepared attempt (Attempts.stamp): how many of its questions changed or were
// retired since it was drawn, without loading a slot
@NamedQuery(
    name = "AttemptSlot.countStale",
    query =
        "select count(s) from AttemptSlot s join s.questionVersion v join v.question q"
            + " where s.attempt.id = :attemptId and (q.retired = true or v.number <> q.currentNumber)")
@NamedQuery(
    name = "AttemptSlot.updateFlag",
    query =
        "update AttemptSlot s set s.flagged = :flagged"
            + " where s.attempt.id = :attemptId and s.slot = :slot")
@NamedQuery(
    name = "AttemptSlot.listCurrentVersions",
    query =
        "select v from QuestionVersion v join fetch v.question q"
            + " where q.id in :questionIds and v.number = q.currentNumber")
@IdClass(AttemptSlot.Key.class)
public class AttemptSlot {

  // Known to JPA by attempt and slot (unique in the table), not by the table's own AUTO_INCREMENT
  // id: an identity key makes EclipseLink insert the slots of a start one statement at a time,
  // while these go in one batch (a start writes 20 of them; ops/BENCHMARKS.md §3).
  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private Attempt attempt;

  @Id
  @Column(nullable = false, updatable = false)
  private int slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_version_id", nullable = false, updatable = false)
  private QuestionVersion questionVersion;

  /** JSON: part key ("" for the question itself) to its keys in display order. */
  @Column(nullable = false, updatable = false)
  private String presentation;

  private Double fraction;

  /** Flagged "for review" by the learner, to come back to before submitting (as in Moodle). */
  @Column(nullable = false)
  private boolean flagged;

  protected AttemptSlot() {}

  AttemptSlot(
      Attempt attempt,
      int slot,
      QuestionVersion questionVersion,
      Map<String, List<String>> presentation) {
    this.attempt = attempt;
    this.slot = slot;
    this.questionVersion = questionVersion;
    JsonObjectBuilder json = JSON.createObjectBuilder();
    presentation.forEach((part, keys) -> json.add(part, JSON.createArrayBuilder(keys)));
    this.presentation = json.build().toString();
  }

  double grade(Response response) {
    fraction = response == null ? 0 : questionVersion.getContent().grade(response);
    return fraction;
  }

  /** Part key ("" for the question itself) to the option keys in the order this attempt shows. */
  public Map<String, List<String>> presentation() {
    return presentation(presentation);
  }

  /** Reads the stored presentation column (see {@link #presentation()}). */
  public static Map<String, List<String>> presentation(String column) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    try (JsonReader reader = JSON.createReader(new StringReader(column))) {
      JsonObject json = reader.readObject();
      json.forEach(
          (part, keys) ->
              result.put(
                  part,
                  keys.asJsonArray().getValuesAs(JsonString.class).stream()
                      .map(JsonString::getString)
                      .toList()));
    }
    return result;
  }

  /** The key JPA knows a slot by: its attempt's id and its number in the attempt. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long attempt;
    private int slot;

    public Key() {}

    public Key(Long attempt, int slot) {
      this.attempt = attempt;
      this.slot = slot;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(attempt, k.attempt) && slot == k.slot;
    }

    @Override
    public int hashCode() {
      return Objects.hash(attempt, slot);
    }
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public int getSlot() {
    return slot;
  }

  public QuestionVersion getQuestionVersion() {
    return questionVersion;
  }

  public Double getFraction() {
    return fraction;
  }

  public boolean isFlagged() {
    return flagged;
  }
}
