package dk.tegn.coordination.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which of the daily reminder mails a person wants; without a row they get all of them. Mails that
 * must reach them (an assigned course, a mandatory course due again, a coordinator's own reminder,
 * password and account mails) are not choices.
 */
@Entity
@Table(name = "crd_notification_choice")
@NamedQuery(
    name = "NotificationChoice.listDueOptOuts",
    query =
        "select c.accountId from NotificationChoice c where c.dueReminders = false"
            + " and c.accountId in :accountIds")
@NamedQuery(
    name = "NotificationChoice.listExpiryOptOuts",
    query =
        "select c.accountId from NotificationChoice c where c.expiryReminders = false"
            + " and c.accountId in :accountIds")
public class NotificationChoice {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "due_reminders", nullable = false)
  private boolean dueReminders = true;

  @Column(name = "expiry_reminders", nullable = false)
  private boolean expiryReminders = true;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected NotificationChoice() {}

  public NotificationChoice(long accountId) {
    this.accountId = accountId;
  }

  public void choose(boolean dueReminders, boolean expiryReminders, Instant now) {
    this.dueReminders = dueReminders;
    this.expiryReminders = expiryReminders;
    this.changedAt = now;
  }

  public long getAccountId() {
    return accountId;
  }

  public boolean isDueReminders() {
    return dueReminders;
  }

  public boolean isExpiryReminders() {
    return expiryReminders;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
