package dk.tegn.assessments.attempt.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.attempt.control.QuestionView;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.i18n.Messages;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs of one question (or scenario part) on the attempt page, in the public option keys, and
 * the JSON response they make.
 */
public class AnswerForm implements Serializable {

  /** The text of an option by its public key (true/false in the reader's language). */
  public static String optionText(QuestionView q, String key, Locale locale) {
    if (q.type() == QuestionType.TRUE_FALSE) {
      return Messages.get(Messages.ASSESSMENTS, locale, "assessments_take_quiz." + key);
    }
    return q.options().stream()
        .filter(o -> o.key().equals(key))
        .map(QuestionView.Option::text)
        .findFirst()
        .orElse(key);
  }

  private final QuestionType type;
  private String choice;
  private List<String> choices = new ArrayList<>();
  private BigDecimal number;
  private final Map<String, String> matches = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();

  public AnswerForm(QuestionView q) {
    this.type = q.type();
    JsonObject r = q.response();
    List<String> keys =
        r != null && r.containsKey("keys")
            ? r.getJsonArray("keys").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    switch (type) {
      case SINGLE_CHOICE, TRUE_FALSE -> choice = keys.isEmpty() ? null : keys.get(0);
      case MULTIPLE_RESPONSE -> choices = new ArrayList<>(keys);
      case ORDERING ->
          order.addAll(
              keys.isEmpty() ? q.options().stream().map(QuestionView.Option::key).toList() : keys);
      case MATCHING -> {
        if (r != null && r.containsKey("matches")) {
          r.getJsonObject("matches")
              .forEach((k, v) -> matches.put(k, ((JsonString) v).getString()));
        }
      }
      case NUMERIC -> {
        if (r != null && r.get("number") instanceof JsonNumber n) {
          number = n.bigDecimalValue();
        }
      }
      default -> {
        // a scenario's answer is the sum of its parts' forms
      }
    }
  }

  /** The response to save, or null when there is nothing to save (an empty number). */
  JsonObject response() {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    switch (type) {
      case SINGLE_CHOICE, TRUE_FALSE ->
          o.add(
              "keys",
              choice == null
                  ? JSON.createArrayBuilder()
                  : JSON.createArrayBuilder(List.of(choice)));
      case MULTIPLE_RESPONSE -> o.add("keys", JSON.createArrayBuilder(choices));
      case ORDERING -> o.add("keys", JSON.createArrayBuilder(order));
      case MATCHING -> {
        JsonObjectBuilder m = JSON.createObjectBuilder();
        matches.forEach(
            (k, v) -> {
              if (v != null && !v.isBlank()) {
                m.add(k, v);
              }
            });
        o.add("matches", m);
      }
      case NUMERIC -> {
        if (number == null) {
          return null;
        }
        o.add("number", number);
      }
      default -> {
        return null;
      }
    }
    return o.build();
  }

  /** Moves the item at {@code index} one place up (-1) or down (+1). */
  public void move(int index, int direction) {
    int to = index + direction;
    if (index >= 0 && to >= 0 && index < order.size() && to < order.size()) {
      order.add(to, order.remove(index));
    }
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public Map<String, String> getMatches() {
    return matches;
  }

  public List<String> getOrder() {
    return order;
  }
}
