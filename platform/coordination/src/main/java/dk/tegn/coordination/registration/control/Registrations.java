package dk.tegn.coordination.registration.control;

import dk.tegn.coordination.coordinator.control.CompletionCounters;
import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.entity.CohortMember;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.EnrolmentMails;
import dk.tegn.coordination.registration.entity.Registration;
import dk.tegn.coordination.registration.entity.RegistrationDomain;
import dk.tegn.coordination.registration.entity.RegistrationStatus;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.control.PasswordPolicy;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Self-registration by e-mail domain. The answer to "register" is the same whether or not the
 * address has an account (the mail tells its owner instead), links expire, tokens are kept as
 * hashes, and attempts are limited per address and per client.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = RuleViolationException.class)
public class Registrations {

  private static final Logger LOG = Logger.getLogger(Registrations.class.getName());
  static final String CONFIRM_PAGE = "register/confirm.xhtml?token=";

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject RateLimiter limiter;
  @Inject PasswordHasher hasher;
  @Inject AccountDirectory directory;
  @Inject MailOutbox outbox;
  @Inject EnrolmentMails mails;
  @Inject Assignments assignments;
  @Inject CompletionCounters counters;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "tegn.registration.linkHours", defaultValue = "24")
  int linkHours = 24;

  @Inject
  @ConfigProperty(name = "tegn.registration.perAddressPerHour", defaultValue = "3")
  int perAddress = 3;

  @Inject
  @ConfigProperty(name = "tegn.registration.perClientPerHour", defaultValue = "20")
  int perClient = 20;

  /** The organisations that accept self-registration from this address's domain. */
  public List<Organisation> organisationsFor(String email) {
    String domain = domainOf(email);
    if (domain == null) {
      return List.of();
    }
    return em.createNamedQuery("RegistrationDomain.findByDomain", RegistrationDomain.class)
        .setParameter("domain", domain)
        .getResultStream()
        .filter(d -> settings(d.getOrganisationId()).isSelfRegistration())
        .map(d -> em.find(Organisation.class, d.getOrganisationId()))
        .toList();
  }

  /**
   * Registers an address: refuses other domains, limits attempts, and otherwise mails a link that
   * expires. The password is checked and kept hashed until the account is made.
   *
   * @param organisationId which organisation, when several accept the domain (else null)
   * @param client the client's address as the server saw it, for the per-client limit
   */
  public RegistrationOutcome register(
      @NotBlank @Size(max = 254) String email,
      @NotBlank @Size(max = 200) String displayName,
      @NotBlank @Size(max = 200) String password,
      String language,
      Long organisationId,
      @NotBlank String client) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    // a password the policy refuses sends no mail and says nothing of the address, so it is not
    // counted: three tries at a long enough password must not shut the address out for an hour
    PasswordPolicy.violation(address, password)
        .ifPresent(
            key -> {
              throw new RuleViolationException(Messages.PLATFORM, key);
            });
    if (!limiter.tryAcquire("register-client:" + client, perClient, Duration.ofHours(1))
        || !limiter.tryAcquire("register-address:" + address, perAddress, Duration.ofHours(1))) {
      audit.record(null, "registration.register", "registration", null, Outcome.REFUSED, "rate");
      return RegistrationOutcome.RATE_LIMITED;
    }
    List<Organisation> organisations = organisationsFor(address);
    Optional<Organisation> organisation =
        organisations.stream()
            .filter(o -> organisationId == null || o.getId().equals(organisationId))
            .findFirst();
    if (organisation.isEmpty()) {
      audit.record(null, "registration.register", "registration", null, Outcome.REFUSED, "domain");
      return RegistrationOutcome.DOMAIN_REFUSED;
    }
    String locale = ContentLanguages.SUPPORTED.contains(language) ? language : "da";
    Instant now = clock.now();
    if (accountExists(address)) {
      // hashed and dropped: a new address costs a hash, so a known one must take as long
      hasher.hash(password);
      // the owner learns it by mail; the form answers as for a new address
      mail(
          address,
          organisation.get().getId(),
          Locale.forLanguageTag(locale),
          "register_mail.exists",
          displayName,
          mails.link("login.xhtml"));
      return RegistrationOutcome.LINK_SENT;
    }
    // an earlier link stays valid until it expires: people register again when the first mail is
    // slow, then open the first one; whichever is confirmed first makes the account (the others
    // are voided then, and say so)
    String token = Tokens.newToken();
    Registration registration =
        new Registration(
            address,
            displayName.strip(),
            organisation.get().getId(),
            hasher.hash(password),
            locale,
            Tokens.sha256(token),
            now,
            now.plus(Duration.ofHours(linkHours)));
    em.persist(registration);
    em.flush();
    mail(
        address,
        organisation.get().getId(),
        Locale.forLanguageTag(locale),
        "register_mail.confirm",
        displayName.strip(),
        mails.link(CONFIRM_PAGE + token),
        String.valueOf(linkHours));
    audit.record(
        null, "registration.register", "registration", registration.getId(), Outcome.ALLOWED);
    return RegistrationOutcome.LINK_SENT;
  }

  /**
   * What a confirmation link would do, changing nothing: opening the link (a GET, which mail
   * scanners also do) only shows the page; {@link #confirm} runs when the person presses its
   * button.
   */
  public ConfirmationOutcome check(String token) {
    Registration registration = byToken(token);
    ConfirmationOutcome known = known(registration);
    return known != null ? known : ConfirmationOutcome.READY;
  }

  /** Confirms through the link's page: makes the account, or waits for a coordinator's approval. */
  public ConfirmationOutcome confirm(String token) {
    Registration registration = byToken(token);
    ConfirmationOutcome known = known(registration);
    if (known != null) {
      return known;
    }
    Instant now = clock.now();
    OrganisationSettings settings = settings(registration.getOrganisationId());
    if (registration.confirm(now, settings.isApprovalRequired())) {
      voidOthers(registration);
      audit.record(
          null, "registration.confirm", "registration", registration.getId(), Outcome.ALLOWED);
      return ConfirmationOutcome.AWAITING_APPROVAL;
    }
    activate(registration, null);
    voidOthers(registration);
    return ConfirmationOutcome.ACTIVE;
  }

  /** The person's other open links, once one of them has made the account. */
  private void voidOthers(Registration confirmed) {
    em.createNamedQuery("Registration.findOpenByEmail", Registration.class)
        .setParameter("email", confirmed.getEmail())
        .getResultStream()
        .filter(r -> !r.getId().equals(confirmed.getId()) && r.getAccountId() == null)
        .forEach(Registration::voidIt);
  }

  /** The outcome of a link that cannot be confirmed (now), or null when it can. */
  private ConfirmationOutcome known(Registration registration) {
    if (registration == null) {
      return ConfirmationOutcome.INVALID;
    }
    if (registration.isExpired(clock.now())) {
      return ConfirmationOutcome.EXPIRED;
    }
    if (registration.isInvitation()) {
      return ConfirmationOutcome.CHOOSE_PASSWORD;
    }
    return switch (registration.getStatus()) {
      case ACTIVE -> ConfirmationOutcome.ACTIVE;
      case AWAITING_APPROVAL -> ConfirmationOutcome.AWAITING_APPROVAL;
      case UNCONFIRMED -> null;
      // a second link of someone whose account another link made: it is there, sign in
      case VOID ->
          accountExists(registration.getEmail())
              ? ConfirmationOutcome.ACTIVE
              : ConfirmationOutcome.INVALID;
      default -> ConfirmationOutcome.INVALID;
    };
  }

  /**
   * An invited person chooses a password through their link.
   *
   * @return the account's username, to sign them in with the password just chosen
   */
  public String acceptInvitation(String token, String password) {
    Registration registration = byToken(token);
    if (registration == null
        || !registration.isInvitation()
        || registration.isExpired(clock.now())) {
      throw new RuleViolationException(Messages.PLATFORM, "register_confirm.invalid");
    }
    Account account = directory.account(registration.getAccountId());
    PasswordPolicy.violation(account.getUsername(), password)
        .ifPresent(
            key -> {
              throw new RuleViolationException(Messages.PLATFORM, key);
            });
    account.changePasswordHash(hasher.hash(password), clock.now());
    registration.acceptInvitation(clock.now());
    audit.record(
        account.getId(), "registration.invitation", "account", account.getId(), Outcome.ALLOWED);
    return account.getUsername();
  }

  /** Trusted: mails a new account's owner a link to choose a password. */
  public void invite(Account account) {
    inviteAll(
        List.of(
            new Invitee(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLocale(),
                account.getOrganisation())));
  }

  /**
   * Whom {@link #inviteAll} invites: a new account, its own language (or null) and organisation.
   */
  public record Invitee(
      long accountId, String email, String displayName, String locale, Organisation organisation) {}

  /**
   * {@link #invite} for many new accounts (a people file's, a batch at a time, as ids and values:
   * core's {@code createAllHashed} makes them without entities): their invitation rows persisted
   * and flushed once, their mails queued in a few statements ({@link MailOutbox#enqueueAll}), not a
   * flush each.
   */
  public void inviteAll(List<Invitee> accounts) {
    Instant now = clock.now();
    List<MailOutbox.Mail> invitations = new ArrayList<>();
    List<Registration> rows = new ArrayList<>();
    for (Invitee account : accounts) {
      if (account.email() == null || account.email().isBlank()) {
        continue;
      }
      String token = Tokens.newToken();
      Locale locale =
          EnrolmentMails.localeOf(account.locale(), account.organisation().getDefaultLocale());
      Registration invitation =
          Registration.invitation(
              account.accountId(),
              account.email(),
              account.displayName(),
              account.organisation().getId(),
              locale.getLanguage(),
              Tokens.sha256(token),
              now,
              now.plus(Duration.ofDays(14)));
      em.persist(invitation);
      rows.add(invitation);
      invitations.add(
          worded(
              account.email(),
              account.organisation().getId(),
              locale,
              "register_mail.invitation",
              account.displayName(),
              mails.link(CONFIRM_PAGE + token),
              account.organisation().getName()));
    }
    outbox.enqueueAll(invitations);
    // written (enqueueAll flushes first): no longer kept in the persistence context, whose every
    // later flush would compare them again (a people file's 10,000)
    rows.forEach(em::detach);
  }

  /** Registrations waiting for a coordinator of the caller's organisations. */
  public List<Registration> awaitingApproval(@Min(0) int first, @Min(1) int max) {
    return scope.page(
        Registration.class,
        "Registration.findAwaitingApproval",
        "Registration.findAllAwaitingApproval",
        first,
        max);
  }

  /** A coordinator lets the person in: the account is made and its owner told by mail. */
  public void approve(@Min(1) long registrationId) {
    Registration registration = pending(registrationId);
    activate(registration, caller.accountId());
    tellDecision(registration, "register_mail.approved", mails.link("login.xhtml"));
  }

  /** A coordinator turns the registration down; the person is told by mail. */
  public void reject(@Min(1) long registrationId) {
    Registration registration = pending(registrationId);
    registration.reject(caller.accountId(), clock.now());
    audit.record(
        caller.accountId(), "registration.reject", "registration", registrationId, Outcome.ALLOWED);
    tellDecision(registration, "register_mail.rejected", null);
  }

  private void tellDecision(Registration registration, String key, String link) {
    Organisation organisation = em.find(Organisation.class, registration.getOrganisationId());
    mail(
        registration.getEmail(),
        registration.getOrganisationId(),
        Locale.forLanguageTag(registration.getLocale()),
        key,
        registration.getDisplayName(),
        organisation.getName(),
        link);
  }

  /** Opens self-registration of an organisation for a domain (trusted: set-up and demo). */
  public void allowDomain(
      long organisationId, String domain, boolean approvalRequired, Long cohortId) {
    String normalised = RegistrationDomain.normalise(domain);
    Optional<RegistrationDomain> known =
        em.createNamedQuery("RegistrationDomain.findByDomain", RegistrationDomain.class)
            .setParameter("domain", normalised)
            .getResultStream()
            .findFirst();
    if (known.isEmpty()) {
      em.persist(new RegistrationDomain(organisationId, normalised));
    } else if (known.get().getOrganisationId() != organisationId) {
      // a domain belongs to one organisation only
      throw new IllegalStateException(normalised + " belongs to another organisation");
    }
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    if (settings == null) {
      settings = OrganisationSettings.defaults(organisationId);
      em.persist(settings);
    }
    settings.allowSelfRegistration(true, approvalRequired, cohortId);
    em.flush();
  }

  private Registration pending(long registrationId) {
    Registration registration = em.find(Registration.class, registrationId);
    if (registration == null) {
      throw new RecordNotFoundException("registration", registrationId);
    }
    scope.require(registration.getOrganisationId(), "registration.approve");
    if (registration.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
      // decided already, e.g. by another coordinator or a second click
      throw new RuleViolationException(Messages.PLATFORM, "coordination_cohorts.alreadyDecided");
    }
    return registration;
  }

  private void activate(Registration registration, Long decidedBy) {
    Instant now = clock.now();
    if (accountExists(registration.getEmail())) {
      registration.voidIt();
      throw new RuleViolationException(Messages.PLATFORM, "register_confirm.invalid");
    }
    Account account =
        directory.createHashed(
            registration.getEmail(),
            registration.getDisplayName(),
            registration.getEmail(),
            registration.getOrganisationId(),
            registration.getPasswordHash(),
            List.of(Role.TRAINEE));
    account.chooseLocale(registration.getLocale());
    registration.activate(account.getId(), decidedBy, now);
    Long cohortId = settings(registration.getOrganisationId()).getRegistrationCohortId();
    if (cohortId != null) {
      em.persist(new CohortMember(cohortId, account.getId(), now));
      em.flush();
      counters.joined(cohortId, account.getId());
      assignments.syncMember(cohortId, account.getId());
    }
    audit.record(decidedBy, "registration.activate", "account", account.getId(), Outcome.ALLOWED);
    LOG.info(() -> "self-registered account " + account.getId() + " made");
  }

  private boolean accountExists(String address) {
    return directory.findByUsername(address).isPresent()
        || !em.createNamedQuery("CohortMember.findAccountsByEmail", Account.class)
            .setParameter("email", address)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private Registration byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return null;
    }
    return em.createNamedQuery("Registration.findByToken", Registration.class)
        .setParameter("tokenHash", Tokens.sha256(token))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private OrganisationSettings settings(long organisationId) {
    return assignments.settings(organisationId);
  }

  /** A mail of the organisation's: its admins see it in the outbox (links masked). */
  private void mail(String to, long organisationId, Locale locale, String key, Object... args) {
    MailOutbox.Mail mail = worded(to, organisationId, locale, key, args);
    outbox.enqueue(mail.recipient(), mail.subject(), mail.body(), mail.organisationId());
  }

  /** A mail of the bundle's {@code key} in {@code locale}, its body filled with {@code args}. */
  private static MailOutbox.Mail worded(
      String to, long organisationId, Locale locale, String key, Object... args) {
    return new MailOutbox.Mail(
        to,
        Messages.get(Messages.PLATFORM, locale, key + ".subject"),
        Messages.get(Messages.PLATFORM, locale, key + ".body", args),
        organisationId);
  }

  static String domainOf(String email) {
    if (email == null) {
      return null;
    }
    int at = email.strip().lastIndexOf('@');
    if (at < 1 || at == email.strip().length() - 1) {
      return null;
    }
    return email.strip().substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
