package dk.tegn.courses.certificate.boundary;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.certificate.control.CertificateFile;
import dk.tegn.courses.certificate.control.Certificates;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /courses/learn/certificate?enrolment=&lang=}: the signed-in holder downloads their
 * certificate as PDF. The service refuses anyone else's.
 */
@WebServlet("/courses/learn/certificate")
public class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long enrolment;
    try {
      enrolment = Long.parseLong(request.getParameter("enrolment"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = PdfAnswer.language(request);
    String verifyBase = PublicAddress.of(request) + "/verify/";
    CertificateFile file;
    try {
      file = certificates.file(enrolment, locale, verifyBase);
    } catch (AccessDeniedException someoneElses) {
      // someone else's certificate: the error page, never a server error
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RecordNotFoundException none) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PdfAnswer.send(response, "attachment", file.fileName(), file.pdf());
  }
}
