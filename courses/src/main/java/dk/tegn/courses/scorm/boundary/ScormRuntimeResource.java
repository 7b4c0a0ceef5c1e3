package dk.tegn.courses.scorm.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.scorm.control.ScormPlayer;
import dk.tegn.courses.scorm.entity.ScoRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/me/scorm/{launch}/commit}: the player's SCORM runtime (scorm-again) sends the
 * SCO's data model here on every LMSCommit and on LMSFinish. The launch must be the caller's own.
 */
@Path("me/scorm")
@RequestScoped
@Tag(name = "Me", description = "The caller and their own courses.")
public class ScormRuntimeResource {

  @Inject ScormPlayer player;

  /** The answer scorm-again reads: {@code result} true when stored, SCORM error 0. */
  public record Committed(boolean result, int errorCode, String lessonStatus) {}

  @Operation(
      summary = "Commit a SCO's data",
      description =
          "Stores cmi.core.lesson_status, score.raw/min/max, lesson_location, session_time, exit and cmi.suspend_data of one launched SCO, nested ({\"cmi\":{\"core\":{...}}}) or flattened ({\"cmi.core.lesson_status\":...}); total_time is kept by Tegn. With a mastery score, a finished SCO's raw score decides passed or failed. Also accepts text/plain (a beacon sent while the page closes). Roles: the trainee whose launch it is.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT),
              examples =
                  @ExampleObject(
                      name = "commit",
                      value =
                          "{\"cmi\":{\"core\":{\"lesson_status\":\"incomplete\",\"lesson_location\":\"page-3\",\"session_time\":\"00:04:10\",\"score\":{\"raw\":\"\"}},\"suspend_data\":\"p=3\"}}")))
  @APIResponse(
      responseCode = "200",
      description = "Stored.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Committed.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @POST
  @Path("{launch}/commit")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public Committed commit(@PathParam("launch") String launch, String body) {
    Map<String, String> flat = new HashMap<>();
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      flatten("", reader.readObject(), flat);
    } catch (JsonException | IllegalStateException e) {
      throw new BadRequestException("not a JSON object");
    }
    ScoRuntime.Cmi cmi =
        new ScoRuntime.Cmi(
            flat.get("cmi.core.lesson_status"),
            flat.get("cmi.core.score.raw"),
            flat.get("cmi.core.score.min"),
            flat.get("cmi.core.score.max"),
            flat.get("cmi.core.lesson_location"),
            flat.get("cmi.suspend_data"),
            flat.get("cmi.core.session_time"),
            flat.get("cmi.core.exit"));
    try {
      return new Committed(true, 0, player.commit(launch, cmi));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  /** Nested objects become dotted names; strings, numbers and booleans become their text. */
  static void flatten(String prefix, JsonValue value, Map<String, String> into) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject o = value.asJsonObject();
        o.forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, into));
      }
      case STRING -> into.put(prefix, ((JsonString) value).getString());
      case NUMBER -> into.put(prefix, ((JsonNumber) value).bigDecimalValue().toPlainString());
      case TRUE, FALSE -> into.put(prefix, value.toString());
      default -> {
        // arrays (interactions, objectives) and nulls are not kept by Tegn
      }
    }
  }
}
