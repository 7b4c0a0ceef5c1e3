package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.enrolment.entity.NotificationChoice;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's own choice of the daily reminder mails they get (their profile): reminders of courses
 * due soon or overdue, and warnings before a certificate expires. {@link Reminders} leaves out
 * those turned off; the mails that must reach people are no choice here.
 */
@ApplicationScoped
@Transactional
public class NotificationChoices {

  /** What the caller gets: both true unless they turned one off. */
  public record Choice(boolean dueReminders, boolean expiryReminders) {}

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  public Choice mine() {
    NotificationChoice choice = em.find(NotificationChoice.class, caller.accountId());
    return choice == null
        ? new Choice(true, true)
        : new Choice(choice.isDueReminders(), choice.isExpiryReminders());
  }

  /** The caller's choice from now on; audited when it changed. */
  public void choose(boolean dueReminders, boolean expiryReminders) {
    long accountId = caller.accountId();
    if (mine().equals(new Choice(dueReminders, expiryReminders))) {
      return;
    }
    NotificationChoice choice = em.find(NotificationChoice.class, accountId);
    if (choice == null) {
      choice = new NotificationChoice(accountId);
      em.persist(choice);
    }
    choice.choose(dueReminders, expiryReminders, clock.now());
    audit.record(
        accountId,
        "notifications.choose",
        "account",
        accountId,
        Outcome.ALLOWED,
        "due " + (dueReminders ? "on" : "off") + ", expiry " + (expiryReminders ? "on" : "off"));
  }
}
