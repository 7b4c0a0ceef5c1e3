package dk.tegn.coordination.enrolment.entity;

import java.util.Arrays;
import java.util.List;

/** The mails Tegn sends about an enrolment. */
public enum ReminderKind {
  ASSIGNED,
  DUE_SOON,
  OVERDUE,
  EXPIRING,
  RECERTIFY;

  /**
   * The reminders an organisation may word itself (due soon, overdue, certificate expiring); the
   * others always read as the platform's bundle says.
   */
  public boolean isRewordable() {
    return this == DUE_SOON || this == OVERDUE || this == EXPIRING;
  }

  public static List<ReminderKind> rewordable() {
    return Arrays.stream(values()).filter(ReminderKind::isRewordable).toList();
  }
}
