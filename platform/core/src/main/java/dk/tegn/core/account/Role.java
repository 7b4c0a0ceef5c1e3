package dk.tegn.core.account;

/** What an account may do, always within one organisation. */
public enum Role {
  TRAINEE,
  TRAINER,
  COORDINATOR,
  INTAKE_OFFICER,
  ADMIN
}
