package dk.tegn.intake.referral.entity;

/** An adult's answer when asked to be referred with identifying details. */
public enum ConsentAnswer {
  GIVEN,
  DECLINED
}
