package dk.tegn.courses.certificate.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.core.time.ViewerZone;
import dk.tegn.courses.certificate.CertificateIssued;
import dk.tegn.courses.certificate.CertificateWithdrawn;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.control.WhatNext;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues a certificate when a course is completed, renders it as PDF for its holder and answers the
 * public question "is this code valid?" with no more than name, course and dates.
 */
@ApplicationScoped
@Transactional
public class Certificates {

  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject CertificateDesigns designs;
  @Inject Event<CertificateIssued> issued;
  @Inject Event<CertificateWithdrawn> withdrawn;

  public void issue(@Observes CourseCompleted completed) {
    if (certificateOf(completed.enrolmentId()).isPresent()) {
      return;
    }
    Enrolment enrolment = em.find(Enrolment.class, completed.enrolmentId());
    PublishedCourse course = versions.course(completed.courseId(), completed.versionNumber());
    Certificate certificate =
        new Certificate(
            completed.enrolmentId(),
            completed.learnerId(),
            completed.courseId(),
            completed.versionNumber(),
            enrolment.getCompletedAt(),
            course.certificateValidityMonths());
    em.persist(certificate);
    em.flush();
    issued.fire(
        new CertificateIssued(
            completed.learnerId(),
            completed.courseId(),
            completed.enrolmentId(),
            completed.versionNumber(),
            certificate.getId(),
            certificate.getIssuedAt(),
            certificate.getExpiresAt()));
  }

  /** The caller's own certificate for an enrolment, if the course is completed. */
  /**
   * The caller's certificates, newest first, each with what the holder can do with it ("My
   * certificates"): one indexed query of the caller's own rows (crs_certificate by account_id).
   */
  public List<MyCertificate> mine(@Min(0) int first, @Min(1) @Max(500) int max) {
    Instant now = clock.now();
    return em.createNamedQuery("Certificate.findByAccount", Certificate.class)
        .setParameter("accountId", caller.accountId())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(c -> listed(c, now))
        .toList();
  }

  private MyCertificate listed(Certificate c, Instant now) {
    PublishedCourse course = versions.course(c.getCourseId(), c.getVersionNumber());
    return new MyCertificate(
        c.getEnrolmentId(),
        c.getCourseId(),
        course.title(),
        c.getCode(),
        c.getIssuedAt(),
        c.getExpiresAt(),
        state(c, now),
        c.getWithdrawalReason());
  }

  static MyCertificate.State state(Certificate c, Instant now) {
    if (c.isWithdrawn()) {
      return MyCertificate.State.WITHDRAWN;
    }
    if (c.isExpired(now)) {
      return MyCertificate.State.EXPIRED;
    }
    // the same window as the trainee's home and the coordinator's report
    if (c.getExpiresAt() != null && c.getExpiresAt().isBefore(now.plus(WhatNext.EXPIRY_WARNING))) {
      return MyCertificate.State.EXPIRING;
    }
    return MyCertificate.State.VALID;
  }

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
    // dated as the holder reads dates (their own zone, else Danish days, as the calendar feed does)
    java.time.ZoneId zone = holder.zoneOr(ViewerZone.DEFAULT);
    // printed as the course's organisation, the issuer, designed it
    Course owner = em.find(Course.class, certificate.getCourseId());
    byte[] pdf =
        CertificatePdf.render(
            certificate,
            holder.getDisplayName(),
            holder.getOrganisation().getName(),
            title,
            verifyBase + certificate.getCode(),
            locale,
            zone,
            designs.forPrinting(owner.getOrganisationId()));
    return new CertificateFile(
        CertificateFile.name(title, holder.getDisplayName(), certificate.getIssuedAt(), zone), pdf);
  }

  /** Public: what a verifier may learn from a code, or empty when no certificate has it. */
  public Optional<Verification> verify(String typedCode) {
    return byCode(typedCode)
        .map(
            c -> {
              Account holder = em.find(Account.class, c.getAccountId());
              PublishedCourse course = versions.course(c.getCourseId(), c.getVersionNumber());
              Course owner = em.find(Course.class, c.getCourseId());
              return new Verification(
                  c.getCode(),
                  holder.getDisplayName(),
                  course.title(),
                  holder.getOrganisation().getDefaultLocale(),
                  em.find(Organisation.class, owner.getOrganisationId()).getName(),
                  c.getIssuedAt(),
                  c.getExpiresAt(),
                  c.isExpired(clock.now()),
                  c.getWithdrawnAt(),
                  c.getWithdrawalReason(),
                  mayWithdraw(c, holder));
            });
  }

  /** The certificate a typed code names, in any case and with or without dashes. */
  public Optional<Certificate> byCode(String typedCode) {
    return em.createNamedQuery("Certificate.findByCode", Certificate.class)
        .setParameter("code", Certificate.normalise(typedCode))
        .getResultStream()
        .findFirst();
  }

  /**
   * Withdraws a certificate, e.g. one issued in error: it stops being valid and its badge answers
   * revoked with the reason, which is published. For a coordinator or an administrator of the
   * holder's organisation.
   */
  public void withdraw(String typedCode, String reason) {
    Certificate certificate =
        byCode(typedCode).orElseThrow(() -> new RecordNotFoundException("certificate", typedCode));
    Account holder = em.find(Account.class, certificate.getAccountId());
    if (!isCoordinatorOf(holder)) {
      throw new AccessDeniedException("withdrawing a certificate of another organisation");
    }
    certificate.withdraw(caller.accountId(), clock.now(), reason);
    withdrawn.fire(new CertificateWithdrawn(certificate.getId()));
    LOG.info(
        () -> "certificate " + certificate.getId() + " withdrawn by account " + caller.accountId());
  }

  private boolean mayWithdraw(Certificate certificate, Account holder) {
    return !certificate.isWithdrawn() && isCoordinatorOf(holder);
  }

  private boolean isCoordinatorOf(Account holder) {
    long organisation = holder.getOrganisation().getId();
    return caller.isAuthenticated()
        && (caller.hasRoleIn(Role.COORDINATOR, organisation)
            || caller.hasRoleIn(Role.ADMIN, organisation));
  }

  private Optional<Certificate> certificateOf(long enrolmentId) {
    return em.createNamedQuery("Certificate.findByEnrolment", Certificate.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultStream()
        .findFirst();
  }
}
