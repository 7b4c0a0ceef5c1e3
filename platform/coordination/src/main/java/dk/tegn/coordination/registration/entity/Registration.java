package dk.tegn.coordination.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone asking for an account by e-mail. Guards its life: confirm only while unconfirmed and
 * before the link expires; approve or reject only when awaiting approval.
 */
@Entity
@Table(name = "crd_registration")
@NamedQuery(
    name = "Registration.findByToken",
    query = "select r from Registration r where r.tokenHash = :tokenHash")
@NamedQuery(
    name = "Registration.findOpenByEmail",
    query =
        "select r from Registration r where r.email = :email and r.status in"
            + " (dk.tegn.coordination.registration.entity.RegistrationStatus.UNCONFIRMED,"
            + " dk.tegn.coordination.registration.entity.RegistrationStatus.AWAITING_APPROVAL)")
@NamedQuery(
    name = "Registration.findAwaitingApproval",
    query =
        "select r from Registration r where r.organisationId in :organisationIds and r.status ="
            + " dk.tegn.coordination.registration.entity.RegistrationStatus.AWAITING_APPROVAL"
            + " order by r.createdAt, r.id")
@NamedQuery(
    name = "Registration.findAllAwaitingApproval",
    query =
        "select r from Registration r where r.status ="
            + " dk.tegn.coordination.registration.entity.RegistrationStatus.AWAITING_APPROVAL"
            + " order by r.createdAt, r.id")
public class Registration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String locale;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status = RegistrationStatus.UNCONFIRMED;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "account_id")
  private Long accountId;

  @Version private long version;

  protected Registration() {}

  public Registration(
      String email,
      String displayName,
      long organisationId,
      String passwordHash,
      String locale,
      String tokenHash,
      Instant now,
      Instant expiresAt) {
    this.email = Objects.requireNonNull(email);
    this.displayName = Objects.requireNonNull(displayName);
    this.organisationId = organisationId;
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.locale = Objects.requireNonNull(locale);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /**
   * An invitation for an account a coordinator made (from a people file): following the link lets
   * the person choose a password.
   */
  public static Registration invitation(
      long accountId,
      String email,
      String displayName,
      long organisationId,
      String locale,
      String tokenHash,
      Instant now,
      Instant expiresAt) {
    Registration r =
        new Registration(
            email, displayName, organisationId, "-", locale, tokenHash, now, expiresAt);
    r.accountId = accountId;
    return r;
  }

  public boolean isInvitation() {
    return accountId != null && status == RegistrationStatus.UNCONFIRMED;
  }

  /** The invited person chose a password. */
  public void acceptInvitation(Instant now) {
    if (!isInvitation() || isExpired(now)) {
      throw new IllegalStateException("invitation " + id + " cannot be accepted");
    }
    confirmedAt = now;
    status = RegistrationStatus.ACTIVE;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** The person followed the link; returns true when a coordinator must now approve. */
  public boolean confirm(Instant now, boolean approvalRequired) {
    if (status != RegistrationStatus.UNCONFIRMED || isExpired(now)) {
      throw new IllegalStateException("registration " + id + " cannot be confirmed");
    }
    confirmedAt = now;
    status =
        approvalRequired ? RegistrationStatus.AWAITING_APPROVAL : RegistrationStatus.UNCONFIRMED;
    return approvalRequired;
  }

  /** The account was made (after confirmation, or approval). */
  public void activate(long accountId, Long decidedBy, Instant now) {
    if (confirmedAt == null
        || (status != RegistrationStatus.UNCONFIRMED
            && status != RegistrationStatus.AWAITING_APPROVAL)) {
      throw new IllegalStateException("registration " + id + " cannot be activated");
    }
    this.accountId = accountId;
    this.status = RegistrationStatus.ACTIVE;
    if (decidedBy != null) {
      this.decidedBy = decidedBy;
      this.decidedAt = now;
    }
  }

  public void reject(long decidedBy, Instant now) {
    if (status != RegistrationStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException("registration " + id + " is not awaiting approval");
    }
    status = RegistrationStatus.REJECTED;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  /** Another link of the same address was confirmed: this one makes no second account. */
  public void voidIt() {
    if (status == RegistrationStatus.UNCONFIRMED) {
      status = RegistrationStatus.VOID;
    }
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getLocale() {
    return locale;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Long getAccountId() {
    return accountId;
  }
}
