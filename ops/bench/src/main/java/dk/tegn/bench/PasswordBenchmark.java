package dk.tegn.bench;

import java.security.spec.InvalidKeySpecException;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one sign-in: core's PasswordHasher is Jakarta Security's PBKDF2 with
 * PBKDF2WithHmacSHA512, 16-byte salt, 32-byte key and 210,000 iterations, which is this JDK
 * computation. It bounds how many sign-ins per second a core can take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PasswordBenchmark {

  @Param({"210000"})
  int iterations;

  final byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Benchmark
  public byte[] pbkdf2Sha512() throws Exception {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
          .generateSecret(new PBEKeySpec("tegn-demo".toCharArray(), salt, iterations, 256))
          .getEncoded();
    } catch (InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }
}
