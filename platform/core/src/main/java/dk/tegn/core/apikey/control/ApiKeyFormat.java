package dk.tegn.core.apikey.control;

import dk.tegn.core.security.RandomCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API key looks like: {@code tegn_<public id>_<secret>}, a 16-hex-digit public id (to find
 * the record, shown in lists) and 32 random bytes from {@link RandomCodes} (base64url).
 *
 * <p>Stored is the SHA-256 of the whole key, not a slow password hash: the secret has 256 bits of
 * entropy, so no dictionary or brute force over the hash can find it, however fast the hash is.
 * Argon2 or PBKDF2 exist to stretch low-entropy human passwords; here they would only add tens of
 * milliseconds of CPU to every API call and compete with people's sign-ins for the cores.
 */
public final class ApiKeyFormat {

  static final String PREFIX = "tegn_";
  private static final Pattern KEY = Pattern.compile("tegn_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

  private ApiKeyFormat() {}

  /** A new key and its public id. */
  public record Generated(String publicId, String key) {}

  public static Generated generate() {
    String publicId = RandomCodes.hex(8);
    return new Generated(publicId, PREFIX + publicId + "_" + RandomCodes.urlSafe(32));
  }

  /** The public id of a well-formed key; empty for anything else (never an exception). */
  public static Optional<String> publicIdOf(String presented) {
    if (presented == null || presented.length() > 200) {
      return Optional.empty();
    }
    Matcher m = KEY.matcher(presented);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Compares in constant time, so timing does not reveal how much of a guess was right. */
  public static boolean matches(String key, String storedHash) {
    return MessageDigest.isEqual(
        hash(key).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
