package dk.tegn.intake.referral.control;

import dk.tegn.intake.referral.entity.ReferralForm;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a repeated referral is the same one: a salted SHA-256 over every field of the form, kept
 * as {@code v1:salt:hash}. The salt is random per referral, so the value says nothing about the
 * content without the form at hand.
 */
final class ContentFingerprint {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ContentFingerprint() {}

  static String of(ReferralForm form) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return "v1:" + Base64.getEncoder().encodeToString(salt) + ":" + hash(salt, form);
  }

  /**
   * True when the form has the content the fingerprint was made of (or the fingerprint is unknown).
   */
  static boolean matches(String fingerprint, ReferralForm form) {
    String[] parts = fingerprint == null ? new String[0] : fingerprint.split(":");
    if (parts.length != 3 || !parts[0].equals("v1")) {
      return true;
    }
    byte[] salt = Base64.getDecoder().decode(parts[1]);
    return MessageDigest.isEqual(
        parts[2].getBytes(StandardCharsets.US_ASCII),
        hash(salt, form).getBytes(StandardCharsets.US_ASCII));
  }

  private static String hash(byte[] salt, ReferralForm form) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(canonical(form).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Every field by name, maps in key order, so equal forms give equal text. */
  static String canonical(ReferralForm form) {
    StringBuilder text = new StringBuilder();
    for (RecordComponent c : ReferralForm.class.getRecordComponents()) {
      try {
        Object value = c.getAccessor().invoke(form);
        if (value instanceof Map<?, ?> map) {
          value = new TreeMap<>(map);
        }
        text.append(c.getName()).append('=').append(value).append('\u0000');
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
    }
    return text.toString();
  }
}
