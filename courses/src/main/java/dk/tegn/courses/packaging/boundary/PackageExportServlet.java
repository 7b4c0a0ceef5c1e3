package dk.tegn.courses.packaging.boundary;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /courses/author/package?course=ID}: a trainer downloads the course's draft as a package
 * zip from the page, with the session they are signed in with (the REST export needs HTTP Basic).
 * Under /courses/author/, so only trainers get here; the service checks the organisation.
 */
@WebServlet(PackageExportServlet.PATH)
public class PackageExportServlet extends HttpServlet {

  static final String PATH = "/courses/author/package";

  private static final long serialVersionUID = 1L;

  @Inject transient CoursePackages packages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long course;
    try {
      course = Long.parseLong(request.getParameter("course"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] zip;
    try {
      zip = PackageFiles.toZip(packages.export(course));
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"course-" + course + ".zip\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(zip.length);
    response.getOutputStream().write(zip);
  }
}
