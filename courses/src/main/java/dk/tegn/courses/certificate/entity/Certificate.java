package dk.tegn.courses.certificate.entity;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.i18n.Messages;
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
    name = "Certificate.findByAccount",
    query =
        "select c from Certificate c where c.accountId = :accountId"
            + " order by c.issuedAt desc, c.id desc")
@NamedQuery(
    name = "Certificate.findByEnrolment",
    query = "select c from Certificate c where c.enrolmentId = :enrolmentId")
@NamedQuery(
    name = "Certificate.countByCourseVersion",
    query =
        "select count(c) from Certificate c where c.courseId = :courseId"
            + " and c.versionNumber = :versionNumber")
@NamedQuery(
    name = "Certificate.countByCourseOrganisation",
    query =
        "select count(c) from Certificate c, Course k where k.id = c.courseId"
            + " and k.organisationId = :organisationId")
@NamedQuery(
    name = "Certificate.findWithdrawnByCourseOrganisation",
    query =
        "select c from Certificate c, Course k where k.id = c.courseId"
            + " and k.organisationId = :organisationId and c.withdrawnAt is not null order by c.id")
public class Certificate {

  /** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is unambiguous. */
  private static final int CODE_CHARACTERS = 20;

  /** Longest withdrawal reason, the column's length. */
  public static final int MAX_REASON = 500;

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

  /** Salts the holder's e-mail hash in the Open Badge, so the badge never shows the address. */
  @Column(name = "badge_salt", nullable = false, updatable = false)
  private String badgeSalt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private Long withdrawnBy;

  /** Published with the revoked badge and on the verify page. */
  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

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
    this.badgeSalt = newSalt();
  }

  /** 128 random bits in hex. */
  static String newSalt() {
    return RandomCodes.hex(16);
  }

  /**
   * Withdraws the certificate: it stops being valid and its badge answers revoked, with the reason.
   * A certificate is withdrawn once; the first reason stands.
   */
  public void withdraw(long by, Instant at, String reason) {
    if (withdrawnAt != null) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.certificateWithdrawn");
    }
    String published = reason == null ? "" : reason.strip();
    if (published.isEmpty() || published.length() > MAX_REASON) {
      throw new RuleViolationException(
          Messages.COURSES, "courses_rules.withdrawalReason", MAX_REASON);
    }
    this.withdrawnBy = by;
    this.withdrawnAt = Objects.requireNonNull(at);
    this.withdrawalReason = published;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /** Neither withdrawn nor past its expiry. */
  public boolean isValid(Instant now) {
    return !isWithdrawn() && !isExpired(now);
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
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

  public String getBadgeSalt() {
    return badgeSalt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public Long getWithdrawnBy() {
    return withdrawnBy;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }
}
