package dk.tegn.courses.certificate.entity;

import dk.tegn.core.security.RandomCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * Proof that a trainee completed a version of a course, valid until {@code expiresAt} (null: never
 * expires). The verification code is random and unguessable because it leaves the platform on paper
 * and anyone may check it.
 */
@Entity
@Table(name = "crs_certificate")
@NamedQuery(
    name = "Certificate.findByCode",
    query = "select c from Certificate c where c.code = :code")
@NamedQuery(
    name = "Certificate.findByEnrolment",
    query = "select c from Certificate c where c.enrolmentId = :enrolmentId")
public class Certificate {

  /** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is unambiguous. */
  private static final int CODE_CHARACTERS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private long enrolmentId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  protected Certificate() {}

  public Certificate(
      long enrolmentId,
      long accountId,
      long courseId,
      int versionNumber,
      Instant issuedAt,
      Integer validityMonths) {
    this.code = newCode();
    this.enrolmentId = enrolmentId;
    this.accountId = accountId;
    this.courseId = courseId;
    this.versionNumber = versionNumber;
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.expiresAt = expiry(issuedAt, validityMonths);
  }

  /** When a certificate issued at {@code issuedAt} expires; null when it never does. */
  public static Instant expiry(Instant issuedAt, Integer validityMonths) {
    return validityMonths == null
        ? null
        : issuedAt.atOffset(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
  }

  /** 100 random bits, written as four groups of five characters. */
  static String newCode() {
    return RandomCodes.typeable(RandomCodes.CROCKFORD, CODE_CHARACTERS, 5);
  }

  /** A code as a person may type it: any case, with or without dashes or spaces. */
  public static String normalise(String typed) {
    String plain =
        typed == null
            ? ""
            : typed
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^0-9A-Z]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
    if (plain.length() != CODE_CHARACTERS) {
      return plain;
    }
    return String.join(
        "-",
        plain.substring(0, 5),
        plain.substring(5, 10),
        plain.substring(10, 15),
        plain.substring(15));
  }

  public boolean isValid(Instant now) {
    return expiresAt == null || now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
