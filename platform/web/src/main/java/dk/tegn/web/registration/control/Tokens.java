package dk.tegn.web.registration.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens for links and keys, and the SHA-256 under which they are kept at rest. */
public final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] KEY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private Tokens() {}

  /** 256 random bits, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A key a person can type: 10 characters without look-alikes (about 49 bits). */
  public static String newKey() {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
    }
    return key.toString();
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
