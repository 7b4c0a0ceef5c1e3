package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoresTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir Path dir;

  @Test
  void theTrustStoreKeepsEveryCertificateAndOpensWithoutItsPassword() throws Exception {
    byte[] original = payara("cacerts.p12");

    Path plain = KeyStores.plainCopy(original, "cacerts.p12", dir);

    KeyStore before = load(original, PASSWORD);
    // no password-based integrity check: it opens without the password
    KeyStore after = load(Files.readAllBytes(plain), null);
    assertTrue(before.size() > 100, "Payara's trust store holds its authorities");
    assertEquals(
        new HashSet<>(Collections.list(before.aliases())),
        new HashSet<>(Collections.list(after.aliases())));
    for (String alias : Collections.list(before.aliases())) {
      assertTrue(after.isCertificateEntry(alias), alias);
      assertEquals(before.getCertificate(alias), after.getCertificate(alias), alias);
    }
    // and Payara opens it with its password as before
    assertEquals(before.size(), load(Files.readAllBytes(plain), PASSWORD).size());
  }

  @Test
  void theKeyStoreKeepsItsKeysEncryptedUnderThePassword() throws Exception {
    byte[] original = payara("keystore.p12");

    Path plain = KeyStores.plainCopy(original, "keystore.p12", dir);

    KeyStore before = load(original, PASSWORD);
    KeyStore after = load(Files.readAllBytes(plain), PASSWORD);
    int keys = 0;
    for (String alias : Collections.list(before.aliases())) {
      if (before.isKeyEntry(alias)) {
        keys++;
        Key key = after.getKey(alias, PASSWORD);
        assertNotNull(key, alias);
        assertArrayEquals(before.getKey(alias, PASSWORD).getEncoded(), key.getEncoded(), alias);
        assertArrayEquals(before.getCertificateChain(alias), after.getCertificateChain(alias));
      }
    }
    assertTrue(keys > 0, "Payara's key store holds its server key");
  }

  @Test
  void isMadeOncePerOriginal() throws Exception {
    byte[] original = payara("cacerts.p12");

    Path first = KeyStores.plainCopy(original, "cacerts.p12", dir);
    long written = Files.getLastModifiedTime(first).toMillis();
    Path again = KeyStores.plainCopy(original, "cacerts.p12", dir);

    assertEquals(first, again);
    assertEquals(written, Files.getLastModifiedTime(again).toMillis());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no half-written copy is left behind");
    }
  }

  private static byte[] payara(String name) throws Exception {
    try (InputStream in = KeyStores.class.getResourceAsStream("/MICRO-INF/domain/" + name)) {
      assertNotNull(in, name + " is in payara-micro.jar on the class path");
      return in.readAllBytes();
    }
  }

  private static KeyStore load(byte[] bytes, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(bytes), password);
    return store;
  }
}
