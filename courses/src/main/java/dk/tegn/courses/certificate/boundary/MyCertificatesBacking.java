package dk.tegn.courses.certificate.boundary;

import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.certificate.control.MyCertificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /courses/learn/certificates.xhtml: the caller's certificates, with files and renewals. */
@Named
@RequestScoped
public class MyCertificatesBacking {

  private static final int SHOWN = 200;

  @Inject Certificates certificates;

  private List<MyCertificate> mine;

  public List<MyCertificate> getCertificates() {
    if (mine == null) {
      mine = certificates.mine(0, SHOWN);
    }
    return mine;
  }

  /** The PDF in the page's language (the servlet checks that it is the caller's). */
  public String pdfUrl(MyCertificate c) {
    return pdfUrl(c.enrolmentId());
  }

  /** Where the PDF of an enrolment's certificate is served, in the page's language. */
  public static String pdfUrl(long enrolmentId) {
    return CoursesFaces.contextPath()
        + "/courses/learn/certificate?enrolment="
        + enrolmentId
        + "&lang="
        + CoursesFaces.language();
  }

  /** The public address printed on the certificate. */
  public String verifyUrl(MyCertificate c) {
    return CoursesFaces.contextPath() + "/verify/" + c.code();
  }
}
