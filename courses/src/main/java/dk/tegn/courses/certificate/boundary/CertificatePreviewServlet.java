package dk.tegn.courses.certificate.boundary;

import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.certificate.control.CertificateDesigns;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /courses/author/certificate-preview?lang=}: a trainer sees a sample certificate as their
 * organisation's design prints it, in the browser's PDF viewer.
 */
@WebServlet("/courses/author/certificate-preview")
public class CertificatePreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CertificateDesigns designs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf;
    try {
      pdf = designs.preview(PdfAnswer.language(request), PublicAddress.of(request) + "/verify/");
    } catch (AccessDeniedException notATrainerHere) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    PdfAnswer.send(response, "inline", "certificate-preview.pdf", pdf);
  }
}
