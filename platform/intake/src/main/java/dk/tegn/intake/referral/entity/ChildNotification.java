package dk.tegn.intake.referral.entity;

/**
 * Whether the referrer of a child has notified the municipality. A public employee's heightened
 * duty to notify under barnets lov is personal: referring to the centre does not fulfil it, so the
 * form asks, and the intake officer sees the answer.
 */
public enum ChildNotification {
  NOTIFIED,
  WILL_NOTIFY,
  NOT_A_PUBLIC_EMPLOYEE,
  NOT_NOTIFIED_OTHER_REASON
}
