package dk.tegn.intake.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.KeysetHandle;
import dk.tegn.intake.crypto.control.FieldCipher;
import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.crypto.control.Keysets;
import dk.tegn.intake.crypto.control.SealedDataException;
import dk.tegn.intake.crypto.entity.Sealed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

  static final String CONTEXT = "itk_referral/R-TEST/PERSON_NAME";

  final FieldCipher cipher = new FieldCipher(Keysets.generate());

  @Test
  void fieldRoundTripsAndCiphertextHoldsNoPlainText() {
    Sealed sealed = cipher.seal("Ærø Ørsted, 16", CONTEXT);
    assertEquals("Ærø Ørsted, 16", cipher.open(sealed.ciphertext(), CONTEXT));
    assertEquals(cipher.primaryKeyId(), sealed.keyId());
    String asText = new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1);
    assertFalse(asText.contains("rsted"));
    assertNotEquals(
        new String(
            cipher.seal("Ærø Ørsted, 16", CONTEXT).ciphertext(), StandardCharsets.ISO_8859_1),
        asText,
        "a fresh nonce per encryption: equal names do not give equal ciphertexts");
  }

  @Test
  void emptyFieldStoresNothing() {
    assertNull(cipher.seal(null, CONTEXT));
    assertNull(cipher.seal("", CONTEXT));
    assertNull(cipher.open(null, CONTEXT));
  }

  @Test
  void tamperedCiphertextIsDetected() {
    byte[] ciphertext = cipher.seal("narrative", CONTEXT).ciphertext();
    ciphertext[ciphertext.length - 3] ^= 0x01;
    SealedDataException e =
        assertThrows(SealedDataException.class, () -> cipher.open(ciphertext, CONTEXT));
    assertFalse(e.getMessage().contains("narrative"), "the message never shows content");
  }

  @Test
  void ciphertextMovedToAnotherReferralOrFieldDoesNotDecrypt() {
    byte[] ciphertext = cipher.seal("Ana", CONTEXT).ciphertext();
    assertThrows(
        SealedDataException.class,
        () -> cipher.open(ciphertext, "itk_referral/R-OTHER/PERSON_NAME"));
    assertThrows(
        SealedDataException.class, () -> cipher.open(ciphertext, "itk_referral/R-TEST/CONTACT"));
  }

  @Test
  void anotherKeysetCannotRead() {
    byte[] ciphertext = cipher.seal("Ana", CONTEXT).ciphertext();
    FieldCipher stranger = new FieldCipher(Keysets.generate());
    assertThrows(SealedDataException.class, () -> stranger.open(ciphertext, CONTEXT));
  }

  @Test
  void afterRotationOldCiphertextsStayReadableAndNewOnesUseTheNewKey() {
    KeysetHandle original = Keysets.generate();
    FieldCipher before = new FieldCipher(original);
    Sealed old = before.seal("Ana", CONTEXT);
    FieldCipher after = new FieldCipher(Keysets.rotated(original));
    assertNotEquals(before.primaryKeyId(), after.primaryKeyId());
    assertEquals("Ana", after.open(old.ciphertext(), CONTEXT));
    Sealed fresh = after.seal("Ana", CONTEXT);
    assertEquals(after.primaryKeyId(), fresh.keyId());
    assertThrows(
        SealedDataException.class,
        () -> before.open(fresh.ciphertext(), CONTEXT),
        "the old keyset does not know the new key");
  }

  @Test
  void keysetFileIsGeneratedOnceOwnerOnlyAndRotatedInPlace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data").resolve("intake-keyset.json");
    KeysetHandle generated = Keysets.generate();
    Keysets.write(generated, file, false);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertThrows(Exception.class, () -> Keysets.write(Keysets.generate(), file, false));
    KeyRing ring = KeyRing.of(Keysets.read(file), file);
    Sealed old = ring.cipher().seal("Ana", CONTEXT);
    long newPrimary = ring.rotate();
    assertEquals(newPrimary, ring.cipher().primaryKeyId());
    FieldCipher reread = new FieldCipher(Keysets.read(file));
    assertEquals(newPrimary, reread.primaryKeyId(), "the rotated keyset was saved");
    assertEquals("Ana", reread.open(old.ciphertext(), CONTEXT));
  }

  @Test
  void invalidKeysetIsRefusedWithoutEchoingIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Keysets.parse("{\"secret\":\"abc\"}"));
    assertFalse(e.getMessage().contains("abc"));
    assertTrue(e.getMessage().contains("not a valid"));
  }

  @Test
  void serialisedKeysetParsesToTheSameKeys() {
    KeysetHandle keyset = Keysets.generate();
    KeysetHandle back = Keysets.parse(Keysets.serialize(keyset));
    assertTrue(keyset.equalsKeyset(back));
    byte[] ct = new FieldCipher(keyset).seal("x", CONTEXT).ciphertext();
    assertArrayEquals(
        "x".getBytes(StandardCharsets.UTF_8),
        new FieldCipher(back).open(ct, CONTEXT).getBytes(StandardCharsets.UTF_8));
  }
}
