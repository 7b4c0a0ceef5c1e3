package dk.tegn.core.audit;

/** How an audited action ended. */
public enum Outcome {
  ALLOWED,
  REFUSED,
  FAILED
}
