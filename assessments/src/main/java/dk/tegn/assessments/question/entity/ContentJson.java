package dk.tegn.assessments.question.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON shape for question content and responses, used by the database column, the REST API and
 * the bank file format ({@code assessments/FORMAT.md}), so the three cannot drift apart. Reading
 * throws {@link IllegalArgumentException} with a message naming the field.
 */
public final class ContentJson {

  private ContentJson() {}

  // ---- content

  /** Writes the type and its type-specific fields (not the question's text and feedback). */
  public static JsonObject write(Content content) {
    JsonObjectBuilder o = JSON.createObjectBuilder().add("type", content.type().fileName());
    writeFields(content, o);
    return o.build();
  }

  public static void writeFields(Content content, JsonObjectBuilder o) {
    if (content instanceof SingleChoice s) {
      o.add("choices", choices(s.choices()));
    } else if (content instanceof MultipleResponse m) {
      o.add("partialCredit", m.partialCredit().name().toLowerCase(java.util.Locale.ROOT))
          .add("choices", choices(m.choices()));
    } else if (content instanceof TrueFalse t) {
      o.add("answer", t.answer());
      addText(o, "trueFeedback", t.trueFeedback());
      addText(o, "falseFeedback", t.falseFeedback());
    } else if (content instanceof Matching m) {
      JsonArrayBuilder pairs = JSON.createArrayBuilder();
      for (MatchPair p : m.pairs()) {
        pairs.add(
            JSON.createObjectBuilder()
                .add("key", p.key())
                .add("prompt", text(p.prompt()))
                .add("match", text(p.match())));
      }
      o.add("pairs", pairs);
    } else if (content instanceof Ordering ord) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      for (OrderItem i : ord.items()) {
        items.add(JSON.createObjectBuilder().add("key", i.key()).add("text", text(i.text())));
      }
      o.add("items", items);
    } else if (content instanceof NumericAnswer n) {
      o.add("answer", n.answer()).add("tolerance", n.tolerance());
    } else if (content instanceof Scenario s) {
      JsonArrayBuilder parts = JSON.createArrayBuilder();
      for (Part p : s.parts()) {
        JsonObjectBuilder part =
            JSON.createObjectBuilder()
                .add("key", p.key())
                .add("type", p.content().type().fileName())
                .add("text", text(p.text()));
        addText(part, "generalFeedback", p.generalFeedback());
        writeFields(p.content(), part);
        parts.add(part);
      }
      o.add("subQuestions", parts);
    }
  }

  /** Reads content from an object holding "type" and the type's fields. */
  public static Content read(JsonObject o) {
    return read(QuestionType.fromFileName(string(o, "type")), o);
  }

  public static Content read(QuestionType type, JsonObject o) {
    return switch (type) {
      case SINGLE_CHOICE -> new SingleChoice(readChoices(o));
      case MULTIPLE_RESPONSE ->
          new MultipleResponse(
              readChoices(o),
              o.containsKey("partialCredit")
                  ? enumValue(PartialCredit.class, string(o, "partialCredit"), "partialCredit")
                  : PartialCredit.PROPORTIONAL);
      case TRUE_FALSE ->
          new TrueFalse(
              bool(o, "answer"), optionalText(o, "trueFeedback"), optionalText(o, "falseFeedback"));
      case MATCHING -> {
        List<MatchPair> pairs = new ArrayList<>();
        for (JsonObject p : objects(o, "pairs")) {
          pairs.add(new MatchPair(string(p, "key"), text(p, "prompt"), text(p, "match")));
        }
        yield new Matching(pairs);
      }
      case ORDERING -> {
        List<OrderItem> items = new ArrayList<>();
        for (JsonObject i : objects(o, "items")) {
          items.add(new OrderItem(string(i, "key"), text(i, "text")));
        }
        yield new Ordering(items);
      }
      case NUMERIC ->
          new NumericAnswer(
              number(o, "answer"), o.containsKey("tolerance") ? number(o, "tolerance") : null);
      case SCENARIO -> {
        List<Part> parts = new ArrayList<>();
        for (JsonObject p : objects(o, "subQuestions")) {
          String key = string(p, "key");
          try {
            parts.add(new Part(key, text(p, "text"), optionalText(p, "generalFeedback"), read(p)));
          } catch (IllegalArgumentException e) {
            throw ContentRuleException.within(e, "where.subQuestion", key);
          }
        }
        yield new Scenario(parts);
      }
    };
  }

  private static JsonArrayBuilder choices(List<Choice> choices) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Choice c : choices) {
      JsonObjectBuilder o =
          JSON.createObjectBuilder()
              .add("key", c.key())
              .add("text", text(c.text()))
              .add("correct", c.correct());
      addText(o, "feedback", c.feedback());
      a.add(o);
    }
    return a;
  }

  private static List<Choice> readChoices(JsonObject o) {
    List<Choice> choices = new ArrayList<>();
    for (JsonObject c : objects(o, "choices")) {
      choices.add(
          new Choice(
              string(c, "key"),
              text(c, "text"),
              c.containsKey("correct") && bool(c, "correct"),
              optionalText(c, "feedback")));
    }
    return choices;
  }

  // ---- responses

  public static JsonObject writeResponse(Response response) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    if (response instanceof Response.Keys k) {
      o.add("keys", JSON.createArrayBuilder(k.keys()));
    } else if (response instanceof Response.Matches m) {
      JsonObjectBuilder matches = JSON.createObjectBuilder();
      m.matches().forEach(matches::add);
      o.add("matches", matches);
    } else if (response instanceof Response.Numeric n) {
      o.add("number", n.value());
    } else if (response instanceof Response.Parts p) {
      JsonObjectBuilder parts = JSON.createObjectBuilder();
      p.parts().forEach((key, r) -> parts.add(key, writeResponse(r)));
      o.add("parts", parts);
    }
    return o.build();
  }

  /** Reads {"keys": [..]}, {"matches": {..}}, {"number": n} or {"parts": {key: response}}. */
  public static Response readResponse(JsonObject o) {
    if (o.size() != 1) {
      throw new ContentRuleException("response.oneOf");
    }
    if (o.containsKey("keys")) {
      return new Response.Keys(strings(o, "keys"));
    }
    if (o.containsKey("matches")) {
      Map<String, String> matches = new LinkedHashMap<>();
      object(o, "matches").forEach((k, v) -> matches.put(k, asString(v, "matches." + k)));
      return new Response.Matches(matches);
    }
    if (o.containsKey("number")) {
      return new Response.Numeric(number(o, "number"));
    }
    if (o.containsKey("parts")) {
      Map<String, Response> parts = new LinkedHashMap<>();
      object(o, "parts")
          .forEach(
              (k, v) -> {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                  throw new ContentRuleException("field.object", "parts." + k);
                }
                parts.put(k, readResponse(v.asJsonObject()));
              });
      return new Response.Parts(parts);
    }
    throw new ContentRuleException("response.oneOf");
  }

  // ---- translated text

  public static JsonObject text(LocalizedText text) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    text.asMap().forEach(o::add);
    return o.build();
  }

  /** A required translated text: an object of language to text with at least one language. */
  public static LocalizedText text(JsonObject o, String field) {
    LocalizedText text = optionalText(o, field);
    if (text.isEmpty()) {
      throw new ContentRuleException("text.required", field);
    }
    return text;
  }

  public static LocalizedText optionalText(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return LocalizedText.empty();
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new ContentRuleException("text.object", field);
    }
    LocalizedText text = LocalizedText.empty();
    for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
      text = text.with(e.getKey(), asString(e.getValue(), field + "." + e.getKey()));
    }
    return text;
  }

  public static void addText(JsonObjectBuilder o, String field, LocalizedText text) {
    if (!text.isEmpty()) {
      o.add(field, text(text));
    }
  }

  // ---- small readers with clear messages

  public static String string(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null) {
      throw new ContentRuleException("field.required", field);
    }
    return asString(v, field);
  }

  public static boolean bool(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == JsonValue.TRUE) {
      return true;
    }
    if (v == JsonValue.FALSE) {
      return false;
    }
    throw new ContentRuleException("field.boolean", field);
  }

  public static BigDecimal number(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw new ContentRuleException("field.number", field);
  }

  public static int integer(JsonObject o, String field, int fallback) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return fallback;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValueExact();
    }
    throw new ContentRuleException("field.integer", field);
  }

  public static List<JsonObject> objects(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (!(v instanceof JsonArray array)) {
      throw new ContentRuleException("field.list", field);
    }
    List<JsonObject> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        throw new ContentRuleException("field.object", field + "[" + i + "]");
      }
      result.add(array.getJsonObject(i));
    }
    return result;
  }

  public static List<String> strings(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray array)) {
      throw new ContentRuleException("field.stringList", field);
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      result.add(asString(array.get(i), field + "[" + i + "]"));
    }
    return result;
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return e;
      }
    }
    throw new ContentRuleException(
        "field.enum",
        field,
        value,
        java.util.Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .toList());
  }

  private static JsonObject object(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new ContentRuleException("field.object", field);
    }
    return v.asJsonObject();
  }

  private static String asString(JsonValue v, String field) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new ContentRuleException("field.string", field);
  }
}
