package dk.tegn.courses.badge;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks badge objects against the Open Badges 2.0 material in test resources {@code openbadges/}
 * (see its README): the class's JSON Schema, and that every property and type is a term of the
 * official JSON-LD context; and Open Badges 3.0 credentials against 1EdTech's JSON Schema.
 */
public final class OpenBadgesSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Set<String> TERMS = contextTerms();
  private static final Schema OB3_CREDENTIAL =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(
              SchemaLocation.of("classpath:openbadges/ob_v3p0_achievementcredential_schema.json"));

  private OpenBadgesSchemas() {}

  /** The problems of {@code json} as a {@code definition} of the schema; empty when valid. */
  public static List<String> problems(String definition, String json) {
    Schema schema =
        REGISTRY.getSchema(
            SchemaLocation.of(
                "classpath:openbadges/openbadges-2.0.schema.json#/definitions/" + definition));
    List<String> problems = new ArrayList<>();
    for (Error e : schema.validate(json, InputFormat.JSON)) {
      problems.add(e.toString());
    }
    collectUnknownTerms(Json.createReader(new java.io.StringReader(json)).readValue(), problems);
    return problems;
  }

  /**
   * The problems of {@code json} as an Open Badges 3.0 AchievementCredential by 1EdTech's JSON
   * Schema; empty when valid.
   */
  public static List<String> credentialProblems(String json) {
    return OB3_CREDENTIAL.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static void collectUnknownTerms(JsonValue value, List<String> problems) {
    if (value instanceof JsonObject object) {
      for (var e : object.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("@") && !TERMS.contains(key)) {
          problems.add("not a term of the Open Badges v2 context: " + key);
        }
        if ("type".equals(key) && e.getValue() instanceof jakarta.json.JsonString type) {
          if (!TERMS.contains(type.getString())) {
            problems.add("not a type of the Open Badges v2 context: " + type.getString());
          }
        } else if (!"@context".equals(key)) {
          collectUnknownTerms(e.getValue(), problems);
        }
      }
    } else if (value instanceof jakarta.json.JsonArray array) {
      array.forEach(v -> collectUnknownTerms(v, problems));
    }
  }

  private static Set<String> contextTerms() {
    try (InputStream in =
        OpenBadgesSchemas.class.getResourceAsStream("/openbadges/ob-v2-context.json")) {
      return Set.copyOf(Json.createReader(in).readObject().getJsonObject("@context").keySet());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
