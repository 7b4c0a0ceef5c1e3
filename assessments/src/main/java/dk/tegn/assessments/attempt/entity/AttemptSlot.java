package dk.tegn.assessments.attempt.entity;

import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question version one slot of an attempt shows, and the order of its options, both fixed when
 * the attempt starts so a resumed attempt looks exactly as it did.
 */
@Entity
@Table(name = "asm_attempt_slot")
public class AttemptSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private Attempt attempt;

  @Column(nullable = false, updatable = false)
  private int slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_version_id", nullable = false, updatable = false)
  private QuestionVersion questionVersion;

  /** JSON: part key ("" for the question itself) to its keys in display order. */
  @Column(nullable = false, updatable = false)
  private String presentation;

  private Double fraction;

  protected AttemptSlot() {}

  AttemptSlot(
      Attempt attempt,
      int slot,
      QuestionVersion questionVersion,
      Map<String, List<String>> presentation) {
    this.attempt = attempt;
    this.slot = slot;
    this.questionVersion = questionVersion;
    JsonObjectBuilder json = Json.createObjectBuilder();
    presentation.forEach((part, keys) -> json.add(part, Json.createArrayBuilder(keys)));
    this.presentation = json.build().toString();
  }

  double grade(Response response) {
    fraction = response == null ? 0 : questionVersion.getContent().grade(response);
    return fraction;
  }

  /** Part key ("" for the question itself) to the option keys in the order this attempt shows. */
  public Map<String, List<String>> presentation() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(presentation))) {
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

  public Long getId() {
    return id;
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
}
