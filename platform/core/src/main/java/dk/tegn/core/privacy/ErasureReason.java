package dk.tegn.core.privacy;

/** Why a person's data is erased: on request (an administrator), or by the retention rule. */
public enum ErasureReason {
  REQUEST,
  RETENTION
}
