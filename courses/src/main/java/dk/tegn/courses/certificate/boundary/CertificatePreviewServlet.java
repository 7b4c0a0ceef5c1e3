package dk.tegn.courses.certificate.boundary;

import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.certificate.control.CertificateDesigns;
import dk.tegn.i18n.ContentLanguages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

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
    String lang = request.getParameter("lang");
    Locale locale = Locale.forLanguageTag(ContentLanguages.isSupported(lang) ? lang : "da");
    byte[] pdf;
    try {
      pdf = designs.preview(locale, PublicAddress.of(request) + "/verify/");
    } catch (AccessDeniedException notATrainerHere) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=\"certificate-preview.pdf\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
