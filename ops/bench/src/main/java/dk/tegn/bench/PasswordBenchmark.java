package dk.tegn.bench;

import dk.tegn.core.account.control.Argon2Derivation;
import dk.tegn.core.account.control.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one sign-in's password check through core's PasswordHasher: Argon2id at OWASP's
 * minimum (19 MiB, 2 passes, 1 lane; new hashes) and the PBKDF2-HMAC-SHA512 at 210,000 iterations
 * that Jakarta Security wrote before (old hashes, verified until their owner signs in again). It
 * bounds how many sign-ins per second a core can take. {@link #argon2idJavaReference} is the same
 * derivation in Bouncy Castle's Java implementation, which did the work before libargon2 did: the
 * pair's ratio, measured in one run, is what the native library saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordBenchmark {

  /** Written by Payara's Pbkdf2PasswordHash for "tegn-demo" (core's PasswordHasherTest). */
  static final String PBKDF2_HASH =
      "PBKDF2WithHmacSHA512:210000:ZadLQ+tHAzVuJSTiQp9M5g==:"
          + "6DnhRusWF3yqN55id9IQ+7E42ZiGBWutnquKe6BMiXA=";

  static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PASSWORD = "tegn-demo".getBytes(StandardCharsets.UTF_8);

  final PasswordHasher hasher = new PasswordHasher();
  String argon2Hash;

  @Setup
  public void hashOnce() {
    argon2Hash = hasher.hash("tegn-demo");
  }

  @Benchmark
  public boolean argon2idSignIn() {
    return hasher.matches("tegn-demo", argon2Hash);
  }

  @Benchmark
  public boolean pbkdf2Sha512SignIn() {
    return hasher.matches("tegn-demo", PBKDF2_HASH);
  }

  /** The same Argon2id derivation as {@link #argon2idSignIn}, in Bouncy Castle's Java code. */
  @Benchmark
  public byte[] argon2idJavaReference() {
    return Argon2Derivation.javaDerive(PASSWORD, SALT, 19456, 2, 1, 32);
  }

  /** What a sign-in with an old hash costs once: the check plus the new Argon2id hash. */
  @Benchmark
  public String argon2idNewHash() {
    return hasher.hash("tegn-demo");
  }
}
