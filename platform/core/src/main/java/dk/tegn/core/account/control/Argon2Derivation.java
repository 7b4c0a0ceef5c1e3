package dk.tegn.core.account.control;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (version 1.3) key derivation. The work is done by the reference C implementation
 * (libargon2, through argon2-jvm): the same bytes as Bouncy Castle's Java implementation, at about
 * a quarter of its CPU, and its 19 MiB of blocks outside the Java heap, so that a burst of sign-ins
 * neither takes the cores from an exam nor makes the garbage collector run out of room
 * (ops/BENCHMARKS.md §3). Where the native library cannot be loaded, or gives other bytes than the
 * Java implementation in the check made once at first use, Bouncy Castle does the work.
 */
public final class Argon2Derivation {

  private static final Logger LOG = Logger.getLogger(Argon2Derivation.class.getName());

  /** The native implementation, or null when Bouncy Castle's does the work. */
  private static final Argon2Advanced NATIVE = loadNative();

  private Argon2Derivation() {}

  static byte[] derive(
      String password, byte[] salt, int memoryKiB, int passes, int lanes, int length) {
    byte[] secret = password.getBytes(StandardCharsets.UTF_8);
    try {
      // argon2-jvm cannot pass an empty password to C; Java can
      return NATIVE != null && secret.length > 0
          ? nativeDerive(NATIVE, secret, salt, memoryKiB, passes, lanes, length)
          : javaDerive(secret, salt, memoryKiB, passes, lanes, length);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** True when the native implementation does the work (tests and the start's log tell). */
  static boolean isNative() {
    return NATIVE != null;
  }

  /** Bouncy Castle's Java implementation: the fallback, and the benchmarks' reference. */
  public static byte[] javaDerive(
      byte[] password, byte[] salt, int memoryKiB, int passes, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKiB)
            .withIterations(passes)
            .withParallelism(lanes)
            .withSalt(salt)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }

  private static byte[] nativeDerive(
      Argon2Advanced argon2,
      byte[] password,
      byte[] salt,
      int memoryKiB,
      int passes,
      int lanes,
      int length) {
    return argon2.rawHashAdvanced(
        passes, memoryKiB, lanes, password, salt, null, null, length, Argon2Version.V13);
  }

  private static Argon2Advanced loadNative() {
    try {
      Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
      // One small derivation both ways: a library that loads but answers differently is not used.
      byte[] password = "tegn argon2 self-check".getBytes(StandardCharsets.UTF_8);
      byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
      if (Arrays.equals(
          nativeDerive(argon2, password, salt, 64, 2, 1, 32),
          javaDerive(password, salt, 64, 2, 1, 32))) {
        LOG.info("password hashes: Argon2id by libargon2");
        return argon2;
      }
      LOG.warning("libargon2 gives other bytes than Bouncy Castle: password hashes use Java");
    } catch (LinkageError | RuntimeException unavailable) {
      LOG.log(
          Level.WARNING,
          "libargon2 could not be loaded: password hashes use Java ({0})",
          unavailable.toString());
    }
    return null;
  }
}
