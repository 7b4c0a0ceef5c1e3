package dk.tegn.intake.crypto.entity;

/**
 * What one re-encryption batch did. The next batch starts after the last ids seen, so a ciphertext
 * that fails (its count is in {@code failed}) never holds the others up.
 */
public record ReencryptionBatch(
    long lastReferralId, long lastTransitionId, int moved, int failed, boolean more) {

  public static ReencryptionBatch start() {
    return new ReencryptionBatch(0, 0, 0, 0, true);
  }
}
