package dk.tegn.core.account.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/** What any signed-in person does with their own account. */
@RequestScoped
@Transactional
public class OwnAccount {

  @Inject CurrentCaller caller;
  @Inject AccountDirectory directory;
  @Inject PasswordHasher hasher;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  public Account current() {
    return directory.account(caller.accountId());
  }

  public void changePassword(String currentPassword, String newPassword, String repeated) {
    Account account = current();
    if (!hasher.matches(currentPassword, account.getPasswordHash())) {
      audit.record(account.getId(), "password.change", "account", account.getId(), Outcome.REFUSED);
      throw new RuleViolationException(Messages.PLATFORM, "account_password.wrongCurrent");
    }
    if (!newPassword.equals(repeated)) {
      throw new RuleViolationException(Messages.PLATFORM, "account_password.mismatch");
    }
    if (newPassword.equals(currentPassword)) {
      throw new RuleViolationException(Messages.PLATFORM, "account_password.sameAsOld");
    }
    PasswordPolicy.violation(account.getUsername(), newPassword)
        .ifPresent(
            key -> {
              throw new RuleViolationException(Messages.PLATFORM, key);
            });
    account.changePasswordHash(hasher.hash(newPassword), clock.now());
    audit.record(account.getId(), "password.change", "account", account.getId(), Outcome.ALLOWED);
  }

  /**
   * One's own name, e-mail address and language. A new e-mail address needs the current password:
   * the address receives the forgotten-password links, so a session left open must not redirect
   * them.
   */
  public void updateProfile(
      String displayName, String email, String language, String currentPassword) {
    Account account = current();
    String address = email == null || email.isBlank() ? null : email.strip();
    boolean newAddress = !java.util.Objects.equals(address, account.getEmail());
    if (newAddress
        && (currentPassword == null
            || !hasher.matches(currentPassword, account.getPasswordHash()))) {
      audit.record(account.getId(), "profile.update", "account", account.getId(), Outcome.REFUSED);
      throw new RuleViolationException(Messages.PLATFORM, "account_profile.passwordForEmail");
    }
    account.describe(displayName.strip(), address);
    chooseLanguage(language);
    audit.record(
        account.getId(),
        "profile.update",
        "account",
        account.getId(),
        Outcome.ALLOWED,
        newAddress ? "e-mail changed" : null);
  }

  /**
   * The time zone one's dates and times are shown in; blank for the organisation's. An id Java does
   * not know as a region (Europe/Copenhagen) is refused next to the field.
   */
  public void chooseTimeZone(String zone) {
    Account account = current();
    if (!isChoosableZone(zone)) {
      throw new RuleViolationException(Messages.PLATFORM, "account_profile.timeZoneUnknown");
    }
    String chosen = zone == null || zone.isBlank() ? null : zone.strip();
    if (!java.util.Objects.equals(chosen, account.getTimeZone())) {
      account.chooseTimeZone(chosen);
      audit.record(
          account.getId(),
          "profile.timeZone",
          "account",
          account.getId(),
          Outcome.ALLOWED,
          chosen == null ? "organisation's" : chosen);
    }
  }

  /** Blank (the organisation's zone) or a region id Java knows, such as Europe/Copenhagen. */
  public static boolean isChoosableZone(String zone) {
    return zone == null || zone.isBlank() || ZoneId.getAvailableZoneIds().contains(zone.strip());
  }

  /** Remembers the UI language for the next sign-in on any device. */
  public void chooseLanguage(String language) {
    if (ContentLanguages.isSupported(language)) {
      current().chooseLocale(language);
    }
  }
}
