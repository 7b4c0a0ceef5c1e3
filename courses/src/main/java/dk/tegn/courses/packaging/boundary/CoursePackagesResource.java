package dk.tegn.courses.packaging.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Course packages over HTTP, for the command line tool and scripts (trainers only; the service
 * checks the organisation). Packages travel as zip files. A refused package answers 422 with every
 * problem: {@code {"error": "package-invalid", "message": ..., "problems": [{file, line,
 * message}]}}.
 *
 * <ul>
 *   <li>{@code POST /api/course-packages?organisation=ID} imports a new course (201)
 *   <li>{@code PUT /api/course-packages/COURSE[?publish=NOTE]} imports over the course's draft, and
 *       with {@code publish} publishes it as the next version
 *   <li>{@code GET /api/course-packages/COURSE} exports the course's draft
 *   <li>{@code POST /api/course-packages/check} lists a package's own problems (no import)
 * </ul>
 */
@Path("course-packages")
@RequestScoped
@Tag(
    name = "Course packages",
    description = "Courses as zip packages, for the command line tool and scripts.")
public class CoursePackagesResource {

  static final String ZIP = "application/zip";

  @Inject CoursePackages packages;
  @Inject CurrentCaller caller;

  /** The refusal body. */
  public record Refusal(String error, String message, List<Problem> problems) {}

  /** The check body. */
  public record Check(boolean ok, List<Problem> problems) {}

  @Operation(
      summary = "Import a new course",
      description =
          "Imports a package as a new course of the organisation. Roles: TRAINER of the organisation.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "The new course.",
      content = @Content(mediaType = "application/json"))
  @APIResponse(
      responseCode = "422",
      description = "The package is refused: every problem with file and line.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Refusal.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @POST
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importNew(@QueryParam("organisation") long organisationId, byte[] zip) {
    try {
      return Response.status(Response.Status.CREATED)
          .entity(packages.importAsNewCourse(PackageFiles.fromZip(zip), organisationId))
          .build();
    } catch (PackageException e) {
      return refused(e);
    }
  }

  @Operation(
      summary = "Import over a course's draft",
      description =
          "Replaces the course's draft by the package; with `publish` (a note) publishes it as the next version. Roles: TRAINER of the course's organisation.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "The course's draft or new version.",
      content = @Content(mediaType = "application/json"))
  @APIResponse(
      responseCode = "422",
      description = "The package is refused: every problem with file and line.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Refusal.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @PUT
  @Path("{course}")
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importDraft(
      @PathParam("course") long courseId, @QueryParam("publish") String publishNote, byte[] zip) {
    try {
      return Response.ok(
              packages.importAsNewDraft(PackageFiles.fromZip(zip), courseId, publishNote))
          .build();
    } catch (PackageException e) {
      return refused(e);
    }
  }

  @Operation(
      summary = "Export a course",
      description =
          "The course's draft as a zip package. Roles: TRAINER of the course's organisation.")
  @Extension(name = "x-roles", value = "[\"TRAINER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The package.",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{course}")
  @Produces(ZIP)
  public Response export(@PathParam("course") long courseId) {
    Map<String, byte[]> files = packages.export(courseId);
    return Response.ok(PackageFiles.toZip(files))
        .header("Content-Disposition", "attachment; filename=\"course-" + courseId + ".zip\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @Operation(
      summary = "Check a package",
      description =
          "Lists a package's own problems without importing it; nothing is read or stored."
              + " Roles: any signed-in caller.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "The check.",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Check.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @POST
  @Path("check")
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(byte[] zip) {
    // trainers only, as documented: unpacking and checking a package is work for the server
    caller.requireRole(Role.TRAINER);
    try {
      List<Problem> problems = CoursePackages.check(PackageFiles.fromZip(zip));
      return Response.ok(new Check(problems.isEmpty(), problems)).build();
    } catch (PackageException e) {
      return Response.ok(new Check(false, e.problems())).build();
    }
  }

  private static Response refused(PackageException e) {
    // 422: the request was understood, the package in it is not acceptable
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Refusal("package-invalid", e.getMessage(), e.problems()))
        .build();
  }
}
