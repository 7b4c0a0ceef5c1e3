package dk.tegn.core.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tegn's one source of random codes (tokens, keys, references, certificate codes): unguessable,
 * from one {@link SecureRandom}, either URL-safe or for people to read and type.
 */
public final class RandomCodes {

  /** Crockford's base32: digits and capitals without I, L, O or U, which read alike aloud. */
  public static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Crockford's without 0 and 1 as well, for keys copied by hand from a screen or paper. */
  public static final String UNAMBIGUOUS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomCodes() {}

  /** {@code bytes} random bytes in URL-safe base64 without padding. */
  public static String urlSafe(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** {@code bytes} random bytes in lower-case hex. */
  public static String hex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /**
   * {@code characters} random characters of {@code alphabet}, a dash between groups of {@code
   * group} (none when 0).
   */
  public static String typeable(String alphabet, int characters, int group) {
    StringBuilder code = new StringBuilder(characters + characters / Math.max(group, 1));
    for (int i = 0; i < characters; i++) {
      if (group > 0 && i > 0 && i % group == 0) {
        code.append('-');
      }
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }
}
