package dk.tegn.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.assessments.attempt.boundary.AttemptsResource;
import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.transfer.control.MoodleXml;
import dk.tegn.coordination.coordinator.boundary.CompletionResource;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.courses.enrolment.boundary.MyCoursesResource;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.web.api.MeResource.MeView;
import dk.tegn.web.api.MeResource.RoleView;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API writes the same JSON without the records-to-maps step it took while another JSON provider
 * could win (now that {@link JsonbProvider} always does, Yasson writes records itself): for the
 * API's bodies, today's output holds the same members and values as the old step wrote.
 */
class JsonbWriterTest {

  static List<Object> bodies() {
    Instant at = Instant.parse("2026-03-01T10:15:30Z");
    return List.of(
        new MeView(
            7,
            "anna",
            "Anna Ås",
            null,
            "da",
            3,
            "DK-POL",
            "Politiet",
            List.of(new RoleView("TRAINEE", 3, "DK-POL"), new RoleView("COORDINATOR", 4, "X"))),
        List.of(
            new MyCoursesResource.Line(
                1,
                2,
                "Tegn på menneskehandel",
                3,
                "IN_PROGRESS",
                40,
                LocalDate.of(2026, 4, 1),
                null,
                null,
                true),
            new MyCoursesResource.Line(
                5, 6, "Signs", 1, "COMPLETED", 100, null, at, at.plusSeconds(86_400), false)),
        new AttemptsResource.Saved(11, 2, at),
        new CompletionResource.Completion(
            List.of(new Figures(null, null, 2, "Course", 1, 2, 3, 4)),
            List.of(new Figures(9L, "Cohort", 2, "Course", 0, 0, 1, 0)),
            List.of(new Figures.Day(LocalDate.of(2026, 3, 2), 5)),
            List.of(new Figures.Quiz(2, "Course", 10, 7, 71.5)),
            new Figures.Expiring(1, 2, 3)),
        Map.of("saved", new AttemptsResource.Saved(1, 1, at)));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void writesWhatTheRecordsToMapsStepWrote(Object body) throws Exception {
    String before = JsonbProvider.JSONB.toJson(Before.plain(body));
    String after = write(body);
    // the same members with the same values (and arrays in the same order); only the order of a
    // record's members differs: Yasson writes them alphabetically, as it always wrote classes
    assertEquals(parse(before), parse(after), after);
  }

  @org.junit.jupiter.api.Test
  void aProblemSaysItselfInEnglishAndKeepsItsOtherLanguagesOutOfTheApi() throws Exception {
    ContentProblem why = ContentProblem.of("unmapped.images");
    JsonValue problem =
        parse(write(Problem.passedOn("banks/police.json", 8, why.within("where.quiz", "q"))));
    assertEquals(Set.of("file", "line", "message", "arguments"), problem.asJsonObject().keySet());
    assertEquals("quiz 'q': images are not imported", problem.asJsonObject().getString("message"));
    JsonValue unmapped = parse(write(new MoodleXml.Unmapped("bank.xml", "Hotline", why)));
    assertEquals(Set.of("file", "question", "why"), unmapped.asJsonObject().keySet());
    assertEquals("images are not imported", unmapped.asJsonObject().getString("why"));
  }

  private static String write(Object body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonbProvider()
        .writeTo(
            body,
            body.getClass(),
            body.getClass(),
            null,
            MediaType.APPLICATION_JSON_TYPE,
            null,
            out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /** The step as it was: records turned into ordered maps of their non-null components. */
  private static final class Before {

    static Object plain(Object value) {
      if (value instanceof Record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
          try {
            Object component = c.getAccessor().invoke(value);
            if (component != null) {
              fields.put(c.getName(), plain(component));
            }
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
          }
        }
        return fields;
      }
      if (value instanceof Collection<?> collection) {
        List<Object> items = new ArrayList<>();
        collection.forEach(item -> items.add(plain(item)));
        return items;
      }
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        map.forEach((k, v) -> entries.put(k, plain(v)));
        return entries;
      }
      return value;
    }
  }
}
