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
public class CoursePackagesResource {

  static final String ZIP = "application/zip";

  @Inject CoursePackages packages;
  @Inject CurrentCaller caller;

  /** The refusal body. */
  public record Refusal(String error, String message, List<Problem> problems) {}

  /** The check body. */
  public record Check(boolean ok, List<Problem> problems) {}

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
