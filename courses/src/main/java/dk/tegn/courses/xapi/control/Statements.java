package dk.tegn.courses.xapi.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds xAPI 1.0.3 statements as JSON. Pure: everything a statement says comes in through the
 * arguments, so the same event always gives the same statement, id included.
 */
public final class Statements {

  public static final String VERSION = "1.0.3";

  /** A registry extension: which attempt of an assessment a statement is about. */
  static final String ATTEMPT_EXTENSION = "http://id.tincanapi.com/extension/attempt-id";

  private Statements() {}

  /** Who: an account on a home page, never a name or an e-mail address. */
  public record Actor(String homePage, String name) {}

  /**
   * What: an activity with a stable Tegn URL as its id.
   *
   * @param name the activity's title per language (RFC 5646 tags); empty for none
   */
  public record Activity(String id, String type, Map<String, String> name) {
    public Activity {
      name = Map.copyOf(name);
    }
  }

  /** How it went; null parts are left out. */
  public record Result(Double scaled, Boolean success, Boolean completion) {
    public static Result done() {
      return new Result(null, null, true);
    }
  }

  /**
   * Around what: the enrolment (as registration), the course version (as revision), the course the
   * activity belongs to, for quiz statements the attempt, and for a statement that corrects another
   * (a grade override) that statement, as xAPI's context "statement" (a StatementRef).
   */
  public record Context(
      UUID registration, Integer revision, List<Activity> parents, Long attempt, UUID statement) {
    public Context {
      parents = List.copyOf(parents);
    }

    public Context(UUID registration, Integer revision, List<Activity> parents, Long attempt) {
      this(registration, revision, parents, attempt, null);
    }

    /** This context, about another statement too. */
    public Context about(UUID statementId) {
      return new Context(registration, revision, parents, attempt, statementId);
    }

    public static Context none() {
      return new Context(null, null, List.of(), null);
    }
  }

  /**
   * A name-based (version 3) UUID: the same Tegn and the same key always give the same id, so a
   * statement sent twice is one statement to any LRS, and two Tegn installations sending to one LRS
   * never collide.
   */
  public static UUID nameBased(String tegn, String key) {
    return UUID.nameUUIDFromBytes((tegn + "|" + key).getBytes(StandardCharsets.UTF_8));
  }

  public static JsonObject statement(
      UUID id,
      Actor actor,
      XapiVerb verb,
      Activity object,
      Result result,
      Context context,
      Instant timestamp) {
    JsonObjectBuilder statement =
        JSON.createObjectBuilder()
            .add("id", id.toString())
            .add(
                "actor",
                JSON.createObjectBuilder()
                    .add("objectType", "Agent")
                    .add(
                        "account",
                        JSON.createObjectBuilder()
                            .add("homePage", actor.homePage())
                            .add("name", actor.name())))
            .add(
                "verb",
                JSON.createObjectBuilder()
                    .add("id", verb.id())
                    .add(
                        "display",
                        JSON.createObjectBuilder()
                            .add("en", verb.english())
                            .add("da", verb.danish())))
            .add("object", activity(object));
    if (result != null) {
      statement.add("result", result(result));
    }
    JsonObject contextJson = context(context);
    if (!contextJson.isEmpty()) {
      statement.add("context", contextJson);
    }
    return statement.add("timestamp", timestamp.toString()).add("version", VERSION).build();
  }

  private static JsonObjectBuilder activity(Activity activity) {
    JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", activity.type());
    if (!activity.name().isEmpty()) {
      JsonObjectBuilder name = JSON.createObjectBuilder();
      activity.name().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> name.add(e.getKey(), e.getValue()));
      definition.add("name", name);
    }
    return JSON.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", activity.id())
        .add("definition", definition);
  }

  private static JsonObjectBuilder result(Result result) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (result.scaled() != null) {
      double scaled = Math.max(0, Math.min(1, result.scaled()));
      json.add(
          "score",
          JSON.createObjectBuilder()
              .add("scaled", scaled)
              .add("raw", Math.round(scaled * 100))
              .add("min", 0)
              .add("max", 100));
    }
    if (result.success() != null) {
      json.add("success", result.success());
    }
    if (result.completion() != null) {
      json.add("completion", result.completion());
    }
    return json;
  }

  private static JsonObject context(Context context) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (context.registration() != null) {
      json.add("registration", context.registration().toString());
    }
    if (context.revision() != null) {
      json.add("revision", String.valueOf(context.revision()));
    }
    if (!context.parents().isEmpty()) {
      JsonArrayBuilder parents = JSON.createArrayBuilder();
      context.parents().forEach(p -> parents.add(activity(p)));
      json.add("contextActivities", JSON.createObjectBuilder().add("parent", parents));
    }
    if (context.attempt() != null) {
      json.add("extensions", JSON.createObjectBuilder().add(ATTEMPT_EXTENSION, context.attempt()));
    }
    if (context.statement() != null) {
      json.add(
          "statement",
          JSON.createObjectBuilder()
              .add("objectType", "StatementRef")
              .add("id", context.statement().toString()));
    }
    json.add("platform", "Tegn");
    return json.build();
  }
}
