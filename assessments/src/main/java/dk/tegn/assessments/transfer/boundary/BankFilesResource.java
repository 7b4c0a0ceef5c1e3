package dk.tegn.assessments.transfer.boundary;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.assessments.transfer.control.MoodleImport;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import dk.tegn.assessments.transfer.control.MoodleXmlExport;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.ContentLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Question files in other systems' formats under {@code /api/banks/files}: preview and import of
 * Moodle XML, GIFT or IMS QTI 2.1 into the caller's organisation's banks (all or nothing, with what
 * cannot be mapped listed per question), and export of categories as Moodle XML or QTI 2.1.
 */
@Path("banks/files")
@RequestScoped
@Tag(name = "Question banks", description = "Import question banks (assessments/FORMAT.md).")
public class BankFilesResource {

  @Inject MoodleImport moodle;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;

  /** What a file would bring in, and what of it cannot be mapped. */
  public record Preview(int questions, List<Unmapped> unmapped) {}

  /** What an import did, and what of the file it left out. */
  public record Imported(BankTransfer.ImportReport report, List<Unmapped> unmapped) {}

  @Operation(
      summary = "Preview a Moodle XML, GIFT or QTI 2.1 file",
      description =
          "Reads the file (the request body) and answers how many questions it would import and, per question, what cannot be mapped and why; saves nothing. format: moodle-xml, gift or qti; language: the language of texts without multilang markup. 400 `invalidBankFile` when the file cannot be read. Roles: TRAINER.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "The preview.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Preview.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @POST
  @Path("preview")
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML
  })
  @Produces(MediaType.APPLICATION_JSON)
  public Response preview(
      byte[] file,
      @Parameter(description = "moodle-xml, gift or qti") @QueryParam("format") String format,
      @QueryParam("language") @DefaultValue("da") String language,
      @QueryParam("name") @DefaultValue("upload") String name) {
    try {
      var conversion =
          moodle.preview(
              format(format), name, file, language(language), BankAccess.homeOrganisation(caller));
      return Response.ok(new Preview(conversion.questions(), conversion.unmapped())).build();
    } catch (BankFileException e) {
      return BanksResource.refused(e, BanksResource.locale(headers));
    }
  }

  @Operation(
      summary = "Import a Moodle XML, GIFT or QTI 2.1 file",
      description =
          "Imports every question of the file that maps into the caller's organisation's banks, all or nothing through the bank file checks; answers what was imported and, per question, what was left out. 400 `invalidBankFile` listing every problem; then nothing was imported. Roles: TRAINER.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "Imported.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Imported.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @POST
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML
  })
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFile(
      byte[] file,
      @Parameter(description = "moodle-xml, gift or qti") @QueryParam("format") String format,
      @QueryParam("language") @DefaultValue("da") String language,
      @QueryParam("name") @DefaultValue("upload") String name) {
    try {
      MoodleImport.Result result =
          moodle.importFile(
              format(format), name, file, language(language), BankAccess.homeOrganisation(caller));
      return Response.status(Response.Status.CREATED)
          .entity(new Imported(result.report(), result.unmapped()))
          .build();
    } catch (BankFileException e) {
      return BanksResource.refused(e, BanksResource.locale(headers));
    }
  }

  @Operation(
      summary = "Export categories as Moodle XML",
      description =
          "The current questions of the named categories as Moodle XML (both languages as multilang spans). The header X-Tegn-Left-Out counts what Moodle XML cannot hold (one entry per question and reason: ordering and case questions, audiences). Roles: TRAINER of the categories' organisation.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The Moodle XML file.",
      content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("moodle-xml")
  @Produces(MediaType.APPLICATION_XML)
  public Response exportMoodleXml(@QueryParam("category") List<Long> named) {
    List<Long> categories = categories(named);
    MoodleXmlExport.Export export = moodle.exportMoodleXml(categories);
    return Response.ok(export.xml(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"tegn-bank.xml\"")
        .header("X-Tegn-Left-Out", export.left().size())
        .build();
  }

  @Operation(
      summary = "Export categories as IMS QTI 2.1",
      description =
          "The current questions of the named categories as a QTI 2.1 content package (zip): one item per question, a test with a section per category, both languages as spans with xml:lang. The header X-Tegn-Left-Out counts what QTI cannot hold (one entry per question and reason: case questions, feedback per choice, audiences). Roles: TRAINER of the categories' organisation.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The QTI 2.1 content package.",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("qti")
  @Produces("application/zip")
  public Response exportQti(@QueryParam("category") List<Long> named) {
    List<Long> categories = categories(named);
    var export = moodle.exportQti(categories);
    return Response.ok(export.zip(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"tegn-qti.zip\"")
        .header("X-Tegn-Left-Out", export.left().size())
        .build();
  }

  private static MoodleImport.Format format(String name) {
    try {
      return MoodleImport.Format.of(name == null ? "" : name);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("format must be moodle-xml, gift or qti");
    }
  }

  private static String language(String language) {
    if (!ContentLanguages.isSupported(language)) {
      throw new BadRequestException("language must be one Tegn offers");
    }
    return language;
  }

  /** The named categories; an empty {@code ?category=} converts to null and names none. */
  private static List<Long> categories(List<Long> named) {
    List<Long> categories =
        named == null ? List.of() : named.stream().filter(Objects::nonNull).toList();
    if (categories.isEmpty()) {
      throw new BadRequestException("name at least one category");
    }
    return categories;
  }
}
