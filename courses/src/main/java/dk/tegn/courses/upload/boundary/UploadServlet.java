package dk.tegn.courses.upload.boundary;

import dk.tegn.courses.upload.control.Uploads;
import dk.tegn.courses.upload.entity.Upload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves course images and attachments at {@code /courses/files/<key>} to signed-in people. The
 * type is the one sniffed at upload, the browser must not guess another (nosniff), an attachment
 * downloads instead of opening in Tegn's origin, and the file is sandboxed in case it is opened. A
 * stored file never changes, so browsers may cache it for a year.
 */
@WebServlet("/courses/files/*")
public class UploadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Uploads uploads;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String path = request.getPathInfo();
    String key = path == null ? "" : path.substring(1);
    Optional<Upload> found =
        key.matches("[A-Za-z0-9_-]{10,40}") ? uploads.find(key) : Optional.empty();
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Upload upload = found.get();
    String etag = "\"" + upload.getPublicKey() + "\"";
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setContentType(upload.getType().contentType());
    String disposition = upload.getType().isImage() ? "inline" : "attachment";
    response.setHeader(
        "Content-Disposition",
        disposition
            + "; filename*=UTF-8''"
            + URLEncoder.encode(upload.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    byte[] content = upload.getContent();
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
