package dk.tegn.core.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes, never our own crypto. New hashes are Argon2id ({@link Argon2Derivation}),
 * OWASP's first choice, at OWASP's minimum of 19 MiB, 2 passes, 1 lane unless configured otherwise:
 * done by libargon2, one check costs a sixth of Bouncy Castle's Java Argon2id and a fifteenth of
 * the PBKDF2-HMAC-SHA512 at 210,000 iterations used before (ops/BENCHMARKS.md §4), which decides
 * how many people can sign in per minute. Hashes are self-describing PHC strings ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so changed settings apply to new hashes without
 * breaking old ones. Hashes written by Jakarta Security's Pbkdf2PasswordHash ({@code
 * PBKDF2WithHmacSHA512:210000:salt:hash}) still verify, with the JDK's PBKDF2; {@link #needsRehash}
 * tells the sign-in to replace them.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String ARGON2ID = "$argon2id$";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Set<String> PBKDF2_ALGORITHMS =
      Set.of(
          "PBKDF2WithHmacSHA224",
          "PBKDF2WithHmacSHA256",
          "PBKDF2WithHmacSHA384",
          "PBKDF2WithHmacSHA512");

  /** Bounds read from stored hashes, so a corrupt row cannot make one sign-in run for minutes. */
  private static final int MAX_MEMORY_KIB = 1 << 20;

  private static final int MAX_PASSES = 64;
  private static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  @Inject
  @ConfigProperty(name = "tegn.password.argon2.memoryKiB", defaultValue = "19456")
  int memoryKiB = 19456;

  @Inject
  @ConfigProperty(name = "tegn.password.argon2.iterations", defaultValue = "2")
  int iterations = 2;

  @Inject
  @ConfigProperty(name = "tegn.password.argon2.parallelism", defaultValue = "1")
  int parallelism = 1;

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Argon2 settings = new Argon2(memoryKiB, iterations, parallelism, salt, new byte[HASH_BYTES]);
    return settings.encode(settings.derive(password, HASH_BYTES));
  }

  /** True when the password gives this hash; false for a wrong password or an unknown format. */
  public boolean matches(String password, String hash) {
    if (hash == null) {
      return false;
    }
    try {
      if (hash.startsWith(ARGON2ID)) {
        Argon2 stored = Argon2.parse(hash);
        return MessageDigest.isEqual(stored.hash(), stored.derive(password, stored.hash().length));
      }
      return matchesPbkdf2(password, hash);
    } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
      return false;
    }
  }

  /** True when the hash is not Argon2id at the configured settings: replace it at sign-in. */
  public boolean needsRehash(String hash) {
    if (hash == null || !hash.startsWith(ARGON2ID)) {
      return true;
    }
    try {
      Argon2 stored = Argon2.parse(hash);
      return stored.memoryKiB() != memoryKiB
          || stored.passes() != iterations
          || stored.lanes() != parallelism;
    } catch (IllegalArgumentException unreadable) {
      return true;
    }
  }

  private static boolean matchesPbkdf2(String password, String hash)
      throws GeneralSecurityException {
    String[] parts = hash.split(":");
    if (parts.length != 4 || !PBKDF2_ALGORITHMS.contains(parts[0])) {
      return false;
    }
    int rounds = Integer.parseInt(parts[1]);
    if (rounds < 1 || rounds > MAX_PBKDF2_ITERATIONS) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual =
        SecretKeyFactory.getInstance(parts[0])
            .generateSecret(
                new PBEKeySpec(password.toCharArray(), salt, rounds, expected.length * 8))
            .getEncoded();
    return MessageDigest.isEqual(expected, actual);
  }

  /** One Argon2id hash and its settings, in the PHC string format other tools read too. */
  private record Argon2(int memoryKiB, int passes, int lanes, byte[] salt, byte[] hash) {

    static Argon2 parse(String phc) {
      // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
      String[] parts = phc.split("\\$");
      if (parts.length != 6 || !"v=19".equals(parts[2])) {
        throw new IllegalArgumentException("not an Argon2id v1.3 hash");
      }
      int m = 0;
      int t = 0;
      int p = 0;
      for (String setting : parts[3].split(",")) {
        String[] kv = setting.split("=", 2);
        int value = Integer.parseInt(kv.length == 2 ? kv[1] : "");
        switch (kv[0]) {
          case "m" -> m = value;
          case "t" -> t = value;
          case "p" -> p = value;
          default -> throw new IllegalArgumentException("unknown Argon2 setting " + kv[0]);
        }
      }
      if (p < 1 || p > 16 || t < 1 || t > MAX_PASSES || m < 8 * p || m > MAX_MEMORY_KIB) {
        throw new IllegalArgumentException("Argon2 settings out of range");
      }
      byte[] salt = Base64.getDecoder().decode(parts[4]);
      byte[] hash = Base64.getDecoder().decode(parts[5]);
      if (salt.length < 8 || hash.length < 16) {
        throw new IllegalArgumentException("Argon2 salt or hash too short");
      }
      return new Argon2(m, t, p, salt, hash);
    }

    byte[] derive(String password, int length) {
      return Argon2Derivation.derive(password, salt, memoryKiB, passes, lanes, length);
    }

    String encode(byte[] derived) {
      return ARGON2ID
          + "v=19$m="
          + memoryKiB
          + ",t="
          + passes
          + ",p="
          + lanes
          + "$"
          + B64.encodeToString(salt)
          + "$"
          + B64.encodeToString(derived);
    }
  }
}
