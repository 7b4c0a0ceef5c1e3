package dk.tegn.core.account.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.PasswordReset;
import dk.tegn.core.apikey.control.ApiKeyFormat;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * "Forgot your password?": a link by mail (through the outbox) to choose a new one. The request
 * answers alike for known and unknown addresses (the page waits as long either way), so it tells
 * nobody who has an account; at most {@link #PER_HOUR} links an hour reach one account, so the form
 * cannot flood a mailbox. A link works once, for {@link #VALID}; a new password voids every other
 * link of the account and lifts a sign-in lock, since the owner has just proved the address.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  public static final Duration VALID = Duration.ofHours(1);
  static final int PER_HOUR = 3;

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject PasswordHasher hasher;

  /**
   * Mails a link to each enabled account with this address, if any; {@code link} makes the link
   * from the token. Says nothing about whether there was one.
   */
  public void request(String email, UnaryOperator<String> link) {
    if (email == null || email.isBlank() || email.length() > 254) {
      return;
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    List<Account> accounts =
        em.createNamedQuery("PasswordReset.findAccountsByEmail", Account.class)
            .setParameter("email", address)
            .setMaxResults(10)
            .getResultList();
    Instant now = clock.now();
    for (Account account : accounts) {
      long recent =
          em.createNamedQuery("PasswordReset.countSince", Long.class)
              .setParameter("accountId", account.getId())
              .setParameter("since", now.minus(Duration.ofHours(1)))
              .getSingleResult();
      if (recent >= PER_HOUR) {
        audit.record(
            null, "password.reset.request", "account", account.getId(), Outcome.REFUSED, "rate");
        continue;
      }
      String token = RandomCodes.urlSafe(32);
      em.persist(
          new PasswordReset(account.getId(), ApiKeyFormat.hash(token), now, now.plus(VALID)));
      Locale locale = localeOf(account);
      outbox.enqueue(
          account.getEmail(),
          Messages.get(Messages.PLATFORM, locale, "password_reset_mail.subject"),
          Messages.get(
              Messages.PLATFORM,
              locale,
              "password_reset_mail.body",
              account.getDisplayName(),
              account.getUsername(),
              link.apply(token),
              VALID.toMinutes()),
          account.getOrganisation().getId());
      audit.record(null, "password.reset.request", "account", account.getId(), Outcome.ALLOWED);
    }
  }

  /** Whether the token is a link that still works (the page asks before showing the form). */
  public boolean usable(String token) {
    return find(token).filter(r -> r.usable(clock.now())).isPresent();
  }

  /**
   * Sets the new password of the link's account; returns its username. A used, voided, expired or
   * unknown link is refused with {@code password_reset.invalid}.
   */
  public String reset(String token, String newPassword, String repeated) {
    Instant now = clock.now();
    PasswordReset reset =
        find(token)
            .filter(r -> r.usable(now))
            .orElseThrow(
                () -> new RuleViolationException(Messages.PLATFORM, "password_reset.invalid"));
    Account account = em.find(Account.class, reset.getAccountId());
    if (!account.isEnabled()) {
      throw new RuleViolationException(Messages.PLATFORM, "password_reset.invalid");
    }
    if (!newPassword.equals(repeated)) {
      throw new RuleViolationException(Messages.PLATFORM, "account_password.mismatch");
    }
    PasswordPolicy.violation(account.getUsername(), newPassword)
        .ifPresent(
            key -> {
              throw new RuleViolationException(Messages.PLATFORM, key);
            });
    account.changePasswordHash(hasher.hash(newPassword), now);
    account.unlock();
    em.createNamedQuery("PasswordReset.findOpenOfAccount", PasswordReset.class)
        .setParameter("accountId", account.getId())
        .setParameter("now", now)
        .getResultList()
        .forEach(r -> r.close(now));
    reset.close(now);
    audit.record(account.getId(), "password.reset", "account", account.getId(), Outcome.ALLOWED);
    return account.getUsername();
  }

  private Optional<PasswordReset> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("PasswordReset.findByTokenHash", PasswordReset.class)
        .setParameter("tokenHash", ApiKeyFormat.hash(token))
        .getResultStream()
        .findFirst();
  }

  private static Locale localeOf(Account account) {
    String language =
        account.getLocale() != null
            ? account.getLocale()
            : account.getOrganisation().getDefaultLocale();
    return Locale.forLanguageTag(language == null ? "da" : language);
  }
}
