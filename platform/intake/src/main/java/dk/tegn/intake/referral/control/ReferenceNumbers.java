package dk.tegn.intake.referral.control;

import java.security.SecureRandom;

/**
 * Referral references like {@code R-7KQ2-M9XD-4TPB}: 60 random bits in Crockford base32 (no I, L, O
 * or U, so they read aloud well over the phone). Random, so a reference says nothing about how many
 * referrals exist and cannot be guessed from another.
 */
public final class ReferenceNumbers {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReferenceNumbers() {}

  public static String next() {
    StringBuilder reference = new StringBuilder("R");
    for (int group = 0; group < 3; group++) {
      reference.append('-');
      for (int i = 0; i < 4; i++) {
        reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
    }
    return reference.toString();
  }
}
