package dk.tegn.intake.referral.control;

import dk.tegn.core.security.RandomCodes;

/**
 * Referral references like {@code R-7KQ2-M9XD-4TPB}: 60 random bits in Crockford base32 (no I, L, O
 * or U, so they read aloud well over the phone). Random, so a reference says nothing about how many
 * referrals exist and cannot be guessed from another.
 */
public final class ReferenceNumbers {

  private ReferenceNumbers() {}

  public static String next() {
    return "R-" + RandomCodes.typeable(RandomCodes.CROCKFORD, 12, 4);
  }
}
