package dk.tegn.coordination.registration.control;

import dk.tegn.core.security.RandomCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Random tokens for links and keys, and the SHA-256 under which they are kept at rest. */
public final class Tokens {

  private Tokens() {}

  /** 256 random bits, URL-safe. */
  public static String newToken() {
    return RandomCodes.urlSafe(32);
  }

  /** A key a person can type: 10 characters without look-alikes (about 49 bits). */
  public static String newKey() {
    return RandomCodes.typeable(RandomCodes.UNAMBIGUOUS, 10, 0);
  }

  /**
   * A password for an account made on someone's behalf: long and random, never shown, so the person
   * signs in only after choosing their own through the invitation link.
   */
  public static String unusablePassword() {
    return newToken() + "-Aa1";
  }

  public static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
