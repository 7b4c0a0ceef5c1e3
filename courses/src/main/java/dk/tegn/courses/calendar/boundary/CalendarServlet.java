package dk.tegn.courses.calendar.boundary;

import dk.tegn.courses.calendar.control.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /calendar/<secret>.ics}: a trainee's calendar feed for calendar programs, which fetch
 * without signing in; the secret in the address is the only key. An unknown or stopped secret is a
 * plain 404, the same as no feed at all.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CalendarFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String token =
        path != null && path.endsWith(".ics") ? path.substring(1, path.length() - 4) : null;
    Optional<String> ics = feeds.ics(token);
    if (ics.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = ics.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // the address is the secret: it must not leave in a Referer header
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
