package dk.tegn.core.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The native Argon2id gives Bouncy Castle's bytes, and is the one in use on Linux x86-64. */
class Argon2DerivationTest {

  @Test
  void theNativeImplementationIsInUseOnTheBoxesTegnRunsOn() {
    assertTrue(Argon2Derivation.isNative(), "libargon2 did not load: sign-ins would cost 4x CPU");
  }

  @Test
  void nativeAndJavaGiveTheSameBytesAtOwaspsSettings() {
    Random random = new Random(20261207);
    for (String password : new String[] {"tegn-demo", "æøå ÆØÅ ☃", "", "x".repeat(200)}) {
      byte[] salt = new byte[16];
      random.nextBytes(salt);
      int length = 16 + random.nextInt(33);
      assertArrayEquals(
          Argon2Derivation.javaDerive(
              password.getBytes(StandardCharsets.UTF_8), salt, 19456, 2, 1, length),
          Argon2Derivation.derive(password, salt, 19456, 2, 1, length),
          password);
    }
  }

  @Test
  void severalLanesAndPassesAgreeToo() {
    byte[] salt = "saltsaltsaltsalt".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(
        Argon2Derivation.javaDerive("tegn".getBytes(StandardCharsets.UTF_8), salt, 4096, 3, 4, 32),
        Argon2Derivation.derive("tegn", salt, 4096, 3, 4, 32));
  }
}
