package dk.tegn.courses.certificate.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.core.time.ViewerZone;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.certificate.entity.CertificateDesign;
import dk.tegn.courses.upload.control.FileSniffer;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The certificate design of the trainer's organisation: logo, signatory and signature, printed on
 * every certificate of the organisation's courses. Each change is audited.
 */
@ApplicationScoped
@Transactional
public class CertificateDesigns {

  /** The largest logo or signature picture, in bytes. */
  public static final int MAX_IMAGE_BYTES = 1024 * 1024;

  private static final Set<FileType> IMAGES = Set.of(FileType.PNG, FileType.JPEG);

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  /** The design of the caller's organisation, empty when it has none. */
  public Optional<CertificateDesign> mine() {
    return Optional.ofNullable(em.find(CertificateDesign.class, designersOrganisation()));
  }

  /** An uploaded picture, or {@link #REMOVE}; null where a picture is to stay as it is. */
  public record Picture(byte[] bytes, String fileName) {
    public static final Picture REMOVE = new Picture(null, null);
  }

  /**
   * Saves the design at once: who signs (blank parts are left off the certificate) and, where
   * given, a new logo or signature (PNG or JPEG of at most {@link #MAX_IMAGE_BYTES}). A picture
   * that cannot be used refuses the whole change.
   */
  public void save(
      @Size(max = 120, message = "{platform.tooLong}") String signatoryName,
      @Size(max = 120, message = "{platform.tooLong}") String signatoryTitle,
      Picture logo,
      Picture signature) {
    byte[] newLogo = checked(logo);
    byte[] newSignature = checked(signature);
    CertificateDesign design = changed();
    design.signedBy(signatoryName, signatoryTitle);
    if (logo != null) {
      design.logo(newLogo);
    }
    if (signature != null) {
      design.signature(newSignature);
    }
  }

  private static byte[] checked(Picture picture) {
    return picture == null || picture.bytes() == null
        ? null
        : checkedImage(picture.bytes(), picture.fileName());
  }

  /** A certificate as the caller's organisation prints it, of a sample holder and course. */
  public byte[] preview(Locale locale, String verifyBase) {
    CertificateDesign design = mine().orElse(null);
    Certificate sample = new Certificate(0, 0, 0, 1, clock.now(), 24);
    return CertificatePdf.render(
        sample,
        text(locale, "sampleHolder"),
        text(locale, "sampleOrganisation"),
        text(locale, "sampleCourse"),
        verifyBase + sample.getCode(),
        locale,
        ViewerZone.DEFAULT,
        design);
  }

  /** For printing a certificate: no caller check, the holder's own access was checked. */
  CertificateDesign forPrinting(long organisationId) {
    return em.find(CertificateDesign.class, organisationId);
  }

  private CertificateDesign changed() {
    long organisationId = designersOrganisation();
    CertificateDesign design = em.find(CertificateDesign.class, organisationId);
    if (design == null) {
      design = new CertificateDesign(organisationId);
      em.persist(design);
    }
    design.changedBy(caller.accountId(), clock.now());
    audit.record(
        caller.accountId(), "certificate.design", "organisation", organisationId, Outcome.ALLOWED);
    return design;
  }

  private long designersOrganisation() {
    caller.requireRoleIn(Role.TRAINER, caller.organisationId());
    return caller.organisationId();
  }

  /** The picture if it is a PNG or JPEG the PDF library can draw, else a refusal saying why. */
  public static byte[] checkedImage(byte[] image, String fileName) {
    if (image.length > MAX_IMAGE_BYTES) {
      throw rule("designImageTooLarge", MAX_IMAGE_BYTES / 1024);
    }
    if (FileSniffer.sniff(image, fileName).filter(IMAGES::contains).isEmpty()
        || !CertificatePdf.drawable(image)) {
      throw rule("designImageType");
    }
    return image;
  }

  private static RuleViolationException rule(String key, Object... args) {
    return new RuleViolationException(Messages.COURSES, "courses_rules." + key, args);
  }

  private static String text(Locale locale, String key) {
    return Messages.get(Messages.COURSES, locale, "courses_certificate_design." + key);
  }
}
