package dk.tegn.web.privacy.control;

import dk.tegn.coordination.coordinator.control.CoordinationPrivacy;
import dk.tegn.coordination.enrolment.control.EnrolmentMails;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.privacy.ErasureReason;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.privacy.control.RetentionPolicies;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * One pass of the retention rules: learners inactive under their organisation's rule are warned by
 * mail, and anonymised {@link RetentionPolicies#GRACE} after the warning if they have not signed
 * in; erasures that stopped half-way are resumed; registrations expired 30 days ago are deleted.
 */
@ApplicationScoped
public class RetentionRun {

  private static final Logger LOG = Logger.getLogger(RetentionRun.class.getName());

  /**
   * Expired registrations (and the unconfirmed accounts they would have made) are kept this long.
   */
  public static final int REGISTRATION_DAYS = 30;

  private static final int BATCH = 200;

  @Inject RetentionPolicies policies;
  @Inject Erasures erasures;
  @Inject CoordinationPrivacy coordination;
  @Inject MailOutbox outbox;
  @Inject EnrolmentMails mails;
  @Inject PlatformClock clock;

  /** Returns what it did, for the log and for tests. */
  public Result run() {
    int warned = 0;
    int anonymised = 0;
    for (RetentionPolicies.Rule policy : policies.active()) {
      for (Account account : policies.toWarn(policy, BATCH)) {
        warn(account, policy.inactiveMonths());
        policies.warned(account.getId());
        warned++;
      }
      for (long accountId : policies.toAnonymise(policy, BATCH)) {
        erasures.erase(accountId, null, ErasureReason.RETENTION);
        anonymised++;
      }
    }
    int resumed = erasures.resumeUnfinished();
    int registrations = coordination.purgeExpiredRegistrations(clock.now(), REGISTRATION_DAYS);
    Result result = new Result(warned, anonymised, resumed, registrations);
    LOG.info(() -> "retention run: " + result);
    return result;
  }

  private void warn(Account account, int months) {
    if (account.getEmail() == null || account.getEmail().isBlank()) {
      return;
    }
    Locale locale = EnrolmentMails.localeOf(account);
    String when =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(clock.now().plus(RetentionPolicies.GRACE).atZone(java.time.ZoneOffset.UTC));
    outbox.enqueue(
        account.getEmail(),
        Messages.get(Messages.PLATFORM, locale, "privacy_mail.retention.subject"),
        Messages.get(
            Messages.PLATFORM,
            locale,
            "privacy_mail.retention.body",
            account.getDisplayName(),
            account.getOrganisation().getName(),
            months,
            when,
            mails.link("login.xhtml")),
        account.getOrganisation().getId());
  }

  /** What one run did. */
  public record Result(int warned, int anonymised, int resumed, int registrationsDeleted) {}
}
