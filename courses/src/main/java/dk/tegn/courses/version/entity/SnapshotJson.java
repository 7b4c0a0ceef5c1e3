package dk.tegn.courses.version.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a published course and its change list as JSON and reads them back. The format is ours and
 * explicit (no reflection), so a stored version reads the same after the classes evolve.
 */
public final class SnapshotJson {

  private SnapshotJson() {}

  public static String write(PublishedCourse course) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("format", 1)
            .add("title", text(course.title()))
            .add("summary", text(course.summary()))
            .add("authoringLanguage", course.authoringLanguage())
            .add(
                "audiences", strings(course.audiences().stream().sorted().map(Enum::name).toList()))
            .add("languages", strings(course.languages()))
            .add("estimatedMinutes", course.estimatedMinutes())
            .add("mandatory", course.mandatory());
    if (course.certificateValidityMonths() != null) {
      json.add("certificateValidityMonths", course.certificateValidityMonths());
    }
    JsonArrayBuilder modules = JSON.createArrayBuilder();
    for (PublishedModule m : course.modules()) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      for (PublishedItem i : m.items()) {
        JsonObjectBuilder item =
            JSON.createObjectBuilder()
                .add("key", i.key())
                .add("kind", i.kind().name())
                .add("required", i.required())
                .add("markDoneRequired", i.markDoneRequired());
        if (i.quizId() != null) {
          item.add("quizId", i.quizId());
        }
        if (i.scormPackageId() != null) {
          item.add("scormPackageId", i.scormPackageId());
        }
        if (i.review() != null) {
          item.add(
              "review",
              JSON.createObjectBuilder()
                  .add("by", i.review().by())
                  .add("on", i.review().on().toString())
                  .add("due", i.review().due().toString()));
        }
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        i.texts().forEach((field, text) -> texts.add(field.name(), text(text)));
        items.add(item.add("texts", texts));
      }
      modules.add(
          JSON.createObjectBuilder()
              .add("key", m.key())
              .add("title", text(m.title()))
              .add("lockedUntilPreviousComplete", m.lockedUntilPreviousComplete())
              .add("items", items));
    }
    return json.add("modules", modules).build().toString();
  }

  public static PublishedCourse read(String snapshot) {
    JsonObject json = parse(snapshot).asJsonObject();
    List<PublishedModule> modules =
        json.getJsonArray("modules").stream()
            .map(JsonValue::asJsonObject)
            .map(
                m ->
                    new PublishedModule(
                        m.getJsonNumber("key").longValue(),
                        text(m.getJsonObject("title")),
                        m.getBoolean("lockedUntilPreviousComplete"),
                        m.getJsonArray("items").stream()
                            .map(JsonValue::asJsonObject)
                            .map(SnapshotJson::item)
                            .toList()))
            .toList();
    return new PublishedCourse(
        text(json.getJsonObject("title")),
        text(json.getJsonObject("summary")),
        json.getString("authoringLanguage"),
        strings(json.getJsonArray("audiences")).stream()
            .map(Audience::valueOf)
            .collect(Collectors.toSet()),
        strings(json.getJsonArray("languages")),
        json.getInt("estimatedMinutes"),
        json.getBoolean("mandatory"),
        json.containsKey("certificateValidityMonths")
            ? json.getInt("certificateValidityMonths")
            : null,
        modules);
  }

  public static String writeChanges(List<Change> changes) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Change c : changes) {
      array.add(
          JSON.createObjectBuilder()
              .add("level", c.level().name())
              .add("kind", c.kind().name())
              .add("key", c.key())
              .add("title", text(c.title())));
    }
    return array.build().toString();
  }

  public static List<Change> readChanges(String changes) {
    return parse(changes).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(
            c ->
                new Change(
                    Change.Level.valueOf(c.getString("level")),
                    Change.Kind.valueOf(c.getString("kind")),
                    c.getJsonNumber("key").longValue(),
                    text(c.getJsonObject("title"))))
        .toList();
  }

  private static PublishedItem item(JsonObject i) {
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    i.getJsonObject("texts")
        .forEach((field, text) -> texts.put(TextField.valueOf(field), text(text.asJsonObject())));
    return new PublishedItem(
        i.getJsonNumber("key").longValue(),
        ItemKind.valueOf(i.getString("kind")),
        i.getBoolean("required"),
        i.getBoolean("markDoneRequired"),
        i.containsKey("quizId") ? i.getJsonNumber("quizId").longValue() : null,
        i.containsKey("scormPackageId") ? i.getJsonNumber("scormPackageId").longValue() : null,
        texts,
        i.containsKey("review") ? review(i.getJsonObject("review")) : null);
  }

  private static Review review(JsonObject r) {
    return new Review(
        r.getString("by"), LocalDate.parse(r.getString("on")), LocalDate.parse(r.getString("due")));
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  private static JsonObjectBuilder text(LocalizedText text) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text.asMap().forEach(json::add);
    return json;
  }

  private static LocalizedText text(JsonObject json) {
    Map<String, String> texts = new LinkedHashMap<>();
    json.forEach((language, value) -> texts.put(language, ((JsonString) value).getString()));
    return LocalizedText.of(texts);
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
