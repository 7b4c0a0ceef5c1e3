package dk.tegn.courses.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.certificate.entity.Certificate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void codesAreRandomGroupsOfUnambiguousCharacters() {
    Certificate a = new Certificate(1, 1, 1, 1, NOW, 24);
    Certificate b = new Certificate(1, 1, 1, 1, NOW, 24);
    assertTrue(
        a.getCode().matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}"), a.getCode());
    assertNotEquals(a.getCode(), b.getCode());
  }

  @Test
  void aTypedCodeIsReadAsItsCanonicalForm() {
    Certificate c = new Certificate(1, 1, 1, 1, NOW, 24);
    String typed = " " + c.getCode().toLowerCase().replace("-", " ") + " ";
    assertEquals(c.getCode(), Certificate.normalise(typed));
    assertEquals("ABCDE-F0111-22222-33333", Certificate.normalise("abcdef0ilL22222 33333"));
  }

  @Test
  void aCertificateIsValidUntilItsExpiry() {
    Certificate c = new Certificate(1, 1, 1, 1, NOW, 12);
    assertTrue(c.isValid(Instant.parse("2027-11-23T09:59:59Z")));
    assertFalse(c.isValid(Instant.parse("2027-11-23T10:00:00Z")));
    assertTrue(new Certificate(1, 1, 1, 1, NOW, null).isValid(NOW.plusSeconds(1L << 32)));
  }
}
