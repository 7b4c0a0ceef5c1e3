package dk.tegn.courses.badge.boundary;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.badge.control.BadgeUrls;
import dk.tegn.courses.badge.control.Badges;
import dk.tegn.courses.certificate.boundary.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /courses/learn/badge?enrolment=}: the signed-in holder downloads their Open Badge as a
 * baked PNG, to add to a backpack. The service refuses anyone else's; a holder without an e-mail
 * address or with a withdrawn certificate gets 404.
 */
@WebServlet("/courses/learn/badge")
public class BadgeDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Badges badges;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<byte[]> png;
    try {
      png =
          badges.baked(
              new BadgeUrls(PublicAddress.of(request)),
              Long.parseLong(request.getParameter("enrolment")));
    } catch (NumberFormatException | RecordNotFoundException e) {
      png = Optional.empty();
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (png.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setHeader("Content-Disposition", "attachment; filename=\"badge.png\"");
    response.setContentLength(png.get().length);
    response.getOutputStream().write(png.get());
  }
}
