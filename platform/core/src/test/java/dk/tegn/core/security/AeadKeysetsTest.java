package dk.tegn.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AeadKeysetsTest {

  @TempDir Path dir;

  private static byte[] roundTrip(KeysetHandle sealing, KeysetHandle opening) throws Exception {
    byte[] sealed =
        AeadKeysets.aead("k", sealing).encrypt("secret".getBytes(StandardCharsets.UTF_8), null);
    return AeadKeysets.aead("k", opening).decrypt(sealed, null);
  }

  @Test
  void aMissingFileIsMadeOnceOwnerOnlyAndReadAfterwards() throws Exception {
    Path file = dir.resolve("sub/test-keyset.json");
    KeysetHandle first = AeadKeysets.load("test keyset", Optional.empty(), file, "keep it");
    assertTrue(Files.exists(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    KeysetHandle again = AeadKeysets.load("test keyset", Optional.of(" "), file, "keep it");
    assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), roundTrip(first, again));
    try (var left = Files.list(file.getParent())) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aKeysetGivenInlineWinsAndTheFileIsNotMade() throws Exception {
    KeysetHandle given = AeadKeysets.generate();
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(given, InsecureSecretKeyAccess.get());
    Path file = dir.resolve("unused.json");
    KeysetHandle loaded = AeadKeysets.load("test keyset", Optional.of(json), file, "keep it");
    assertFalse(Files.exists(file));
    assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), roundTrip(given, loaded));
  }

  @Test
  void aSecondWriterDoesNotReplaceTheFirstsKey() throws Exception {
    Path file = dir.resolve("race.json");
    assertTrue(SecretFiles.writeOwnerOnlyIfAbsent(file, "first"));
    assertFalse(SecretFiles.writeOwnerOnlyIfAbsent(file, "second"));
    assertEquals("first", Files.readString(file));
  }

  @Test
  void aBrokenKeysetIsRefusedWithoutEchoingIt() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                AeadKeysets.load(
                    "test keyset", Optional.of("{\"key\":\"AAAA-secret-bytes\"}"), dir, "x"));
    assertFalse(refused.getMessage().contains("secret-bytes"), refused.getMessage());
  }
}
