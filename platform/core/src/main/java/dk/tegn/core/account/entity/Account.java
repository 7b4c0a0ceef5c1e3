package dk.tegn.core.account.entity;

import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A person who signs in. Counts wrong passwords since the last good one (for the administrator; it
 * locks nothing). {@code locked_until} remains only for locks set before the sign-in throttle
 * replaced the lock-out; an administrator may lift them.
 */
@Entity
@EntityListeners(AccountChanges.class)
@Table(name = "plt_account")
@NamedQuery(
    name = "Account.findByUsername",
    query = "select a from Account a where a.username = :username")
// sign-in with the e-mail address people type (the column's collation ignores case)
@NamedQuery(
    name = "Account.findUsernamesIn",
    query = "select a.username from Account a where a.username in :usernames")
// a batch of new accounts' ids, read back after their INSERT (AccountDirectory.createAllHashed)
@NamedQuery(
    name = "Account.findIdsByUsernamesIn",
    query = "select a.id, a.username from Account a where a.username in :usernames")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
// the signed-in caller of every request in one statement: account, organisation, grants. The
// bound on the rows is a hint, so the query is prepared once: setMaxResults on each call made
// EclipseLink build its SQL again every request (7 % of an answer save's CPU, ops/BENCHMARKS.md)
@NamedQuery(
    name = "Account.search",
    query =
        "select a from Account a where (:organisationId is null or a.organisation.id ="
            + " :organisationId) and (lower(a.username) like :term or lower(a.displayName) like"
            + " :term or lower(a.email) like :term) order by a.displayName, a.id")
// coordination's per-learner reports: a page of people of some organisations (or all) by name
@NamedQuery(
    name = "Account.searchInOrganisations",
    query =
        "select a from Account a where a.organisation.id in :organisationIds and (lower(a.username)"
            + " like :term or lower(a.displayName) like :term or lower(a.email) like :term)"
            + " order by a.displayName, a.id")
@NamedQuery(
    name = "Account.searchEverywhere",
    query =
        "select a from Account a where lower(a.username) like :term or lower(a.displayName) like"
            + " :term or lower(a.email) like :term order by a.displayName, a.id")
@NamedQuery(
    name = "Account.countSearch",
    query =
        "select count(a) from Account a where (:organisationId is null or a.organisation.id ="
            + " :organisationId) and (lower(a.username) like :term or lower(a.displayName) like"
            + " :term or lower(a.email) like :term)")
public class Account implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private String locale;

  /** The zone the person reads dates and times in (a region id); null: their organisation's. */
  @Column(name = "time_zone", length = 64)
  private String timeZone;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_signed_in_at")
  private Instant lastSignedInAt;

  @Column(name = "retention_warned_at")
  private Instant retentionWarnedAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version private long version;

  @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<RoleGrant> grants = new ArrayList<>();

  protected Account() {}

  public Account(
      String username,
      String displayName,
      String email,
      Organisation organisation,
      String passwordHash,
      Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.email = email;
    this.organisation = Objects.requireNonNull(organisation);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a wrong password since the last good one. It locks nothing: a lock-out after N wrong
   * passwords let anyone lock anyone out, so guessing is slowed by the sign-in throttle instead.
   */
  public void recordFailedLogin() {
    failedLogins++;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** A sign-in at {@code now}: the account is active again, and a retention warning is void. */
  public void signedIn(Instant now) {
    lastSignedInAt = now;
    retentionWarnedAt = null;
  }

  public void warnedOfRetention(Instant now) {
    retentionWarnedAt = now;
  }

  /**
   * Erasure: the row stays, so that the person's learning records keep counting, but nothing in it
   * says who they were. The username becomes {@code pseudonym}, the name a neutral word, the e-mail
   * address goes, the password can never match and the account is disabled. Running it again
   * changes nothing.
   *
   * @param unusableHash a value no password hashes to (it is no hash at all)
   */
  public void erase(String pseudonym, String erasedName, String unusableHash, Instant now) {
    if (erasedAt != null) {
      return;
    }
    username = Objects.requireNonNull(pseudonym);
    displayName = Objects.requireNonNull(erasedName);
    email = null;
    locale = null;
    timeZone = null;
    passwordHash = Objects.requireNonNull(unusableHash);
    enabled = false;
    failedLogins = 0;
    lockedUntil = null;
    lastSignedInAt = null;
    retentionWarnedAt = null;
    erasedAt = now;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  /** An administrator lifts a lock-out before its time. */
  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String passwordHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangedAt = now;
  }

  /**
   * Replaces the hash of the same password by one in the current format (sign-in upgrades old
   * hashes); unlike a password change it leaves the password's age alone.
   */
  public void rehashPassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    if (erasedAt != null) {
      // an erased account has no owner any more: nobody may sign in as it
      throw new RuleViolationException(Messages.PLATFORM, "privacy.erasedAccount");
    }
    enabled = true;
  }

  public void chooseLocale(String locale) {
    this.locale = locale;
  }

  /**
   * The person's own time zone, or null for their organisation's.
   *
   * @throws java.time.DateTimeException for an id {@link ZoneId} does not know
   */
  public void chooseTimeZone(String zone) {
    this.timeZone = zone == null || zone.isBlank() ? null : ZoneId.of(zone).getId();
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The zone the person chose, else {@code otherwise}. */
  public ZoneId zoneOr(ZoneId otherwise) {
    return timeZone == null ? otherwise : ZoneId.of(timeZone);
  }

  public void describe(String displayName, String email) {
    this.displayName = Objects.requireNonNull(displayName);
    this.email = email;
  }

  public void moveTo(Organisation organisation) {
    this.organisation = Objects.requireNonNull(organisation);
  }

  /** Grants a role in an organisation; granting one already held changes nothing. */
  public void grant(Role role, Organisation organisation, Instant now) {
    if (!holds(role, organisation)) {
      grants.add(new RoleGrant(this, organisation, role, now));
    }
  }

  public void revoke(Role role, Organisation organisation) {
    grants.removeIf(g -> g.matches(role, organisation));
  }

  public boolean holds(Role role, Organisation organisation) {
    return grants.stream().anyMatch(g -> g.matches(role, organisation));
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getLocale() {
    return locale;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSignedInAt() {
    return lastSignedInAt;
  }

  public Instant getRetentionWarnedAt() {
    return retentionWarnedAt;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public List<RoleGrant> getGrants() {
    return Collections.unmodifiableList(grants);
  }
}
