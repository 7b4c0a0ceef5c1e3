package dk.tegn.courses.certificate.boundary;

import dk.tegn.i18n.ContentLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** What the certificate servlets share: the language asked for, and a PDF as the answer. */
final class PdfAnswer {

  private PdfAnswer() {}

  /** The {@code lang} parameter when it is a content language, else Danish. */
  static Locale language(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    return Locale.forLanguageTag(ContentLanguages.isSupported(lang) ? lang : "da");
  }

  /** Sends the PDF, to open in the browser ("inline") or to save ("attachment"). */
  static void send(HttpServletResponse response, String disposition, String fileName, byte[] pdf)
      throws IOException {
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
