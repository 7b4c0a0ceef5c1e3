package dk.tegn.core.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** New hashes are Argon2id at OWASP's settings; hashes of the PBKDF2 era still sign in. */
class PasswordHasherTest {

  /** Written by Payara's Jakarta Security Pbkdf2PasswordHash (Soteria) for "tegn-demo". */
  static final String SOTERIA_PBKDF2 =
      "PBKDF2WithHmacSHA512:210000:ZadLQ+tHAzVuJSTiQp9M5g==:"
          + "6DnhRusWF3yqN55id9IQ+7E42ZiGBWutnquKe6BMiXA=";

  /** Written by another implementation (password4j 1.8.4) for "tegn-demo". */
  static final String PASSWORD4J_ARGON2ID =
      "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$"
          + "8YE6spDFhnlHi3N1N9vBUiid+pGNTHtznFf8AXhzIWc";

  final PasswordHasher hasher = new PasswordHasher();

  @Test
  void newHashesAreArgon2idAtOwaspsMinimumWithTheirOwnSalt() {
    String hash = hasher.hash("correct horse");
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertTrue(hasher.matches("correct horse", hash));
    assertFalse(hasher.matches("correct hors", hash));
    assertNotEquals(hash, hasher.hash("correct horse"), "a fresh salt each time");
    assertFalse(hasher.needsRehash(hash));
  }

  @Test
  void aHashOfAnotherArgon2idImplementationVerifies() {
    assertTrue(hasher.matches("tegn-demo", PASSWORD4J_ARGON2ID));
    assertFalse(hasher.matches("tegn-demO", PASSWORD4J_ARGON2ID));
  }

  @Test
  void aPbkdf2HashWrittenByJakartaSecurityStillVerifiesAndAsksForARehash() {
    assertTrue(hasher.matches("tegn-demo", SOTERIA_PBKDF2));
    assertFalse(hasher.matches("tegn-demo ", SOTERIA_PBKDF2));
    assertTrue(hasher.needsRehash(SOTERIA_PBKDF2));
  }

  @Test
  void changedSettingsAskForARehashOfOlderArgon2idHashes() {
    PasswordHasher stronger = new PasswordHasher();
    stronger.iterations = 3;
    assertTrue(stronger.needsRehash(PASSWORD4J_ARGON2ID));
    assertTrue(stronger.matches("tegn-demo", PASSWORD4J_ARGON2ID), "old settings still verify");
  }

  @Test
  void damagedOrForeignHashesNeverMatchAndNeverThrow() {
    for (String bad :
        new String[] {
          null,
          "",
          "h",
          "test:tegn-demo",
          "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg",
          "$argon2id$v=16$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$8YE6spDFhnlHi3N1N9vBUiid",
          "$argon2id$v=19$m=999999999,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$8YE6spDFhnlHi3N1N9vBUiid",
          "$argon2id$v=19$m=19456,t=x,p=1$MDEyMzQ1Njc4OWFiY2RlZg$8YE6spDFhnlHi3N1N9vBUiid",
          "PBKDF2WithHmacSHA512:99999999999:ZadLQ+tHAzVuJSTiQp9M5g==:6DnhRusWF3yq",
          "MD5:1:ZadLQ+tHAzVuJSTiQp9M5g==:6DnhRusWF3yqN55id9IQ+7E42ZiGBWutnquKe6BMiXA=",
          "PBKDF2WithHmacSHA512:210000:not base64!:6DnhRusWF3yq"
        }) {
      assertFalse(hasher.matches("tegn-demo", bad), String.valueOf(bad));
    }
  }
}
