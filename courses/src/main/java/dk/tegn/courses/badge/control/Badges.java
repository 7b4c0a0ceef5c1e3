package dk.tegn.courses.badge.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.courses.badge.control.OpenBadges.Award;
import dk.tegn.courses.badge.control.OpenBadges.Badge;
import dk.tegn.courses.badge.control.OpenBadges.Issuer;
import dk.tegn.courses.badge.control.OpenBadges.Revoked;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the public badge addresses and bakes a holder's badge. Everything here is public except
 * {@link #baked}: the badge objects publish what the verify page shows (course, issuer, dates) and
 * a salted hash of the holder's e-mail address, never the address or the name. A course or an
 * organisation is only published as a badge class or issuer once a certificate of it exists.
 */
@ApplicationScoped
@Transactional
public class Badges {

  /** What a hosted assertion answers: the object, and whether the certificate was withdrawn. */
  public record Answer(JsonObject json, boolean revoked) {}

  @PersistenceContext EntityManager em;
  @Inject VersionStore versions;
  @Inject Certificates certificates;
  @Inject BadgeKeys keys;

  private static final String DEFAULT_EMAIL = "tegn@localhost";

  /** The issuer's contact address, which Open Badges requires: Tegn's sender address. */
  @Inject
  @ConfigProperty(name = "tegn.mail.from", defaultValue = DEFAULT_EMAIL)
  String issuerEmail;

  public Optional<JsonObject> issuer(BadgeUrls urls, String organisationCode) {
    return issuing(organisationCode).map(o -> OpenBadges.issuer(urls, issuer(o)));
  }

  public Optional<JsonObject> revocationList(BadgeUrls urls, String organisationCode) {
    return issuing(organisationCode)
        .map(
            o ->
                OpenBadges.revocationList(
                    urls,
                    issuer(o),
                    em.createNamedQuery(
                            "Certificate.findWithdrawnByCourseOrganisation", Certificate.class)
                        .setParameter("organisationId", o.getId())
                        .getResultStream()
                        .map(c -> new Revoked(c.getCode(), c.getWithdrawalReason()))
                        .toList()));
  }

  public Optional<JsonObject> badgeClass(BadgeUrls urls, long courseId, int version) {
    long awarded =
        em.createNamedQuery("Certificate.countByCourseVersion", Long.class)
            .setParameter("courseId", courseId)
            .setParameter("versionNumber", version)
            .getSingleResult();
    if (awarded == 0) {
      return Optional.empty();
    }
    return Optional.of(OpenBadges.badgeClass(urls, badge(courseId, version), issuerOf(courseId)));
  }

  /** The badge image of a course of which certificates exist. */
  public Optional<byte[]> image(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null
        || issuing(em.find(Organisation.class, course.getOrganisationId())).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BadgePng.courseImage(courseId));
  }

  /** The hosted assertion of a certificate code; revoked when the certificate was withdrawn. */
  public Optional<Answer> assertion(BadgeUrls urls, String typedCode) {
    return certificates.byCode(typedCode).flatMap(c -> answer(urls, c));
  }

  /** An issuing organisation as an Open Badges 3.0 issuer profile. */
  public Optional<JsonObject> profile(BadgeUrls urls, String organisationCode) {
    return issuing(organisationCode).map(o -> OpenBadges3.profile(urls, issuer(o)));
  }

  /**
   * A certificate as an Open Badges 3.0 credential (a VC-JWT signed with Tegn's badge key), with
   * the same facts as its Open Badges 2.0 assertion; empty when the holder has no e-mail address. A
   * withdrawn certificate answers revoked, without a credential.
   */
  public Optional<Signed> credential(BadgeUrls urls, String typedCode) {
    return certificates
        .byCode(typedCode)
        .flatMap(
            c -> {
              if (c.isWithdrawn()) {
                return Optional.of(new Signed(null, true));
              }
              return award(c)
                  .map(
                      award ->
                          OpenBadges3.credential(
                              urls,
                              issuerOf(c.getCourseId()),
                              award,
                              badge(c.getCourseId(), c.getVersionNumber())))
                  .map(vc -> new Signed(OpenBadges3.sign(vc, keys.signingKey(), urls), false));
            });
  }

  /** What a credential address answers: the compact VC-JWT, or revoked (and no JWT). */
  public record Signed(String jwt, boolean revoked) {}

  /**
   * The caller's badge for an enrolment as a PNG with its assertion baked in; empty when the holder
   * has no e-mail address or the certificate was withdrawn. Another account's certificate is
   * refused like the PDF.
   */
  public Optional<byte[]> baked(BadgeUrls urls, long enrolmentId) {
    Certificate certificate =
        certificates
            .mine(enrolmentId)
            .orElseThrow(() -> new RecordNotFoundException("certificate", enrolmentId));
    return answer(urls, certificate)
        .filter(a -> !a.revoked())
        .map(
            a ->
                BadgePng.bake(
                    BadgePng.courseImage(certificate.getCourseId()), a.json().toString()));
  }

  private Optional<Answer> answer(BadgeUrls urls, Certificate c) {
    if (c.isWithdrawn()) {
      return Optional.of(
          new Answer(
              OpenBadges.revokedAssertion(urls, new Revoked(c.getCode(), c.getWithdrawalReason())),
              true));
    }
    return award(c)
        .map(
            award ->
                new Answer(
                    OpenBadges.assertion(urls, award, badge(c.getCourseId(), c.getVersionNumber())),
                    false));
  }

  /** A certificate as an award to its holder's e-mail address; empty when they have none. */
  private Optional<Award> award(Certificate c) {
    String email = em.find(Account.class, c.getAccountId()).getEmail();
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new Award(c.getCode(), email, c.getBadgeSalt(), c.getIssuedAt(), c.getExpiresAt()));
  }

  private Badge badge(long courseId, int version) {
    PublishedCourse course = versions.course(courseId, version);
    String language = course.authoringLanguage();
    Locale locale = Locale.forLanguageTag(language);
    String name = course.title().resolve(language, language);
    String summary = course.summary() == null ? "" : course.summary().resolve(language, language);
    String criteria = Messages.get(Messages.COURSES, locale, "courses_badge.criteria", name);
    return new Badge(
        courseId,
        version,
        language,
        name,
        summary == null || summary.isBlank() ? criteria : summary,
        criteria);
  }

  private Issuer issuerOf(long courseId) {
    Course course = em.find(Course.class, courseId);
    return issuer(em.find(Organisation.class, course.getOrganisationId()));
  }

  private Issuer issuer(Organisation o) {
    return new Issuer(
        o.getCode(),
        o.getName(),
        issuerEmail == null || issuerEmail.isBlank() ? DEFAULT_EMAIL : issuerEmail);
  }

  private Optional<Organisation> issuing(String code) {
    return em.createNamedQuery("Organisation.findByCode", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .flatMap(this::issuing);
  }

  private Optional<Organisation> issuing(Organisation o) {
    if (o == null) {
      return Optional.empty();
    }
    long awarded =
        em.createNamedQuery("Certificate.countByCourseOrganisation", Long.class)
            .setParameter("organisationId", o.getId())
            .getSingleResult();
    return awarded == 0 ? Optional.empty() : Optional.of(o);
  }
}
