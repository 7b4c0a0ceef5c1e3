package dk.tegn.assessments.transfer.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/banks}: a trainer imports a bank file (assessments/FORMAT.md) into their
 * organisation's banks, or with {@code ?shared=true} shares it with every organisation (a trainer
 * or admin of the national organisation only: shared banks reach every organisation). Answers 201
 * with what was imported (including the quizzes' ids), or 400 listing every problem of the file by
 * line; then nothing was imported.
 */
@Path("banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question banks", description = "Import question banks (assessments/FORMAT.md).")
public class BanksResource {

  @Inject BankTransfer transfer;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;

  @Operation(
      summary = "Import a question bank",
      description =
          "Imports a bank file into the caller's organisation, or with shared=true for every organisation. 201 with what was imported, or 400 `invalidBankFile` listing every problem by line (then nothing is imported). Roles: TRAINER (shared: a national trainer).")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Imported, with the quizzes' ids.",
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @Schema(
                      implementation =
                          dk.tegn.assessments.transfer.control.BankTransfer.ImportReport.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "The file has problems (`invalidBankFile`, with `problems`), or the request cannot be read.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "Error"),
              examples =
                  @ExampleObject(
                      name = "invalidBankFile",
                      value =
                          "{\"error\":\"invalidBankFile\",\"message\":\"The bank file has 1 problem; nothing was imported.\",\"problems\":[\"line 4: unknown question type\"]}")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importBank(String file, @QueryParam("shared") String sharedParameter) {
    boolean shared = strictBoolean(sharedParameter);
    Long organisationId = shared ? null : BankAccess.homeOrganisation(caller);
    try {
      BankTransfer.ImportReport report = transfer.importBank(file, organisationId);
      return Response.status(Response.Status.CREATED).entity(report).build();
    } catch (BankFileException e) {
      return refused(e, locale());
    }
  }

  /** 400 {@code invalidBankFile} with every problem; shared with {@link BankFilesResource}. */
  static Response refused(BankFileException e, Locale locale) {
    String message =
        Messages.get(
            Messages.ASSESSMENTS, locale, "assessments_api_banks.refused", e.problems().size());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JSON.createObjectBuilder()
                .add("error", "invalidBankFile")
                .add("message", message)
                .add("problems", JSON.createArrayBuilder(e.messages(locale)))
                .build()
                .toString())
        .build();
  }

  /**
   * "true" or "false" only (absent: false): JAX-RS reads any other word as false, so {@code
   * ?shared=yes} imported a bank meant for everyone into one organisation without a word.
   */
  static boolean strictBoolean(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new BadRequestException("shared must be true or false");
  }

  private Locale locale() {
    return locale(headers);
  }

  /** The caller's language for the message; English for scripts that send none. */
  static Locale locale(HttpHeaders headers) {
    if (headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Locale.ENGLISH;
    }
    return headers.getAcceptableLanguages().stream()
        .filter(l -> ContentLanguages.isSupported(l.getLanguage()))
        .findFirst()
        .map(l -> Locale.forLanguageTag(l.getLanguage()))
        .orElse(Locale.ENGLISH);
  }
}
