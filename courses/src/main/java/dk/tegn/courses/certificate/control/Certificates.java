package dk.tegn.courses.certificate.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/**
 * Issues a certificate when a course is completed, renders it as PDF for its holder and answers the
 * public question "is this code valid?" with no more than name, course and dates.
 */
@ApplicationScoped
@Transactional
public class Certificates {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;

  public void issue(@Observes CourseCompleted completed) {
    if (certificateOf(completed.enrolmentId()).isPresent()) {
      return;
    }
    Enrolment enrolment = em.find(Enrolment.class, completed.enrolmentId());
    PublishedCourse course = versions.course(completed.courseId(), completed.versionNumber());
    em.persist(
        new Certificate(
            completed.enrolmentId(),
            completed.learnerId(),
            completed.courseId(),
            completed.versionNumber(),
            enrolment.getCompletedAt(),
            course.certificateValidityMonths()));
  }

  /** The caller's own certificate for an enrolment, if the course is completed. */
  public Optional<Certificate> mine(long enrolmentId) {
    Optional<Certificate> certificate = certificateOf(enrolmentId);
    if (certificate.isPresent() && certificate.get().getAccountId() != caller.accountId()) {
      throw new AccessDeniedException("certificate of another account");
    }
    return certificate;
  }

  /**
   * The caller's certificate as a PDF in {@code locale}.
   *
   * @param verifyBase where the public verify page is, e.g. "https://tegn.dk/tegn/verify/"
   */
  public byte[] pdf(long enrolmentId, Locale locale, String verifyBase) {
    return file(enrolmentId, locale, verifyBase).pdf();
  }

  /** The PDF with a file name saying whose certificate of which course, issued when. */
  public CertificateFile file(long enrolmentId, Locale locale, String verifyBase) {
    Certificate certificate =
        mine(enrolmentId)
            .orElseThrow(() -> new RecordNotFoundException("certificate", enrolmentId));
    Account holder = em.find(Account.class, certificate.getAccountId());
    PublishedCourse course =
        versions.course(certificate.getCourseId(), certificate.getVersionNumber());
    String language = locale.getLanguage();
    String title = course.title().resolve(language, holder.getOrganisation().getDefaultLocale());
    byte[] pdf =
        CertificatePdf.render(
            certificate,
            holder.getDisplayName(),
            holder.getOrganisation().getName(),
            title,
            verifyBase + certificate.getCode(),
            locale);
    return new CertificateFile(
        CertificateFile.name(title, holder.getDisplayName(), certificate.getIssuedAt()), pdf);
  }

  /** Public: what a verifier may learn from a code, or empty when no certificate has it. */
  public Optional<Verification> verify(String typedCode) {
    String code = Certificate.normalise(typedCode);
    return em.createNamedQuery("Certificate.findByCode", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(
            c -> {
              Account holder = em.find(Account.class, c.getAccountId());
              PublishedCourse course = versions.course(c.getCourseId(), c.getVersionNumber());
              return new Verification(
                  holder.getDisplayName(),
                  course.title(),
                  holder.getOrganisation().getDefaultLocale(),
                  c.getIssuedAt(),
                  c.getExpiresAt(),
                  c.isValid(clock.now()));
            });
  }

  private Optional<Certificate> certificateOf(long enrolmentId) {
    return em.createNamedQuery("Certificate.findByEnrolment", Certificate.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultStream()
        .findFirst();
  }
}
