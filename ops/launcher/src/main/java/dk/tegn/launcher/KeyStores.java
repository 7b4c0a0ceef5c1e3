package dk.tegn.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;

/**
 * Payara Micro's own key store and trust store (its 165 certificate authorities), saved once per
 * machine without the password-based integrity check and without wrapping the certificates in
 * password-based encryption, and handed to Payara instead of the copies in its jar. Payara loads
 * both on the deployment's thread at every start; each of its copies costs a PBKDF2 derivation of
 * 10,000 rounds for the check and another for the certificates, in code the JIT has not compiled
 * yet: about 3.7 % of a warm restart's main thread (ops/BENCHMARKS.md, start). The certificates and
 * keys are the same; the private key stays encrypted; the check they lose is keyed by Payara's
 * published default password ("changeit"), so it guards against nothing a file in the user's own
 * cache could not do anyway. A store named by the user ({@code -Djavax.net.ssl.keyStore} or {@code
 * -Djavax.net.ssl.trustStore}) is left alone, and so is anything that fails here: Payara then uses
 * its own, as before.
 */
final class KeyStores {

  /** Payara's master password, which also opens its two stores. */
  private static final char[] PASSWORD = "changeit".toCharArray();

  private KeyStores() {}

  /** Points Payara at the plain copies of its stores, making them first if need be. */
  static void apply(Path cacheRoot) {
    use("javax.net.ssl.trustStore", "cacerts.p12", cacheRoot);
    use("javax.net.ssl.keyStore", "keystore.p12", cacheRoot);
  }

  private static void use(String property, String name, Path cacheRoot) {
    if (System.getProperty(property) != null) {
      return;
    }
    try (InputStream in = KeyStores.class.getResourceAsStream("/MICRO-INF/domain/" + name)) {
      if (in == null) {
        return;
      }
      Path plain = plainCopy(in.readAllBytes(), name, cacheRoot.resolve("payara-stores"));
      System.setProperty(property, plain.toString());
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      Console.say("Payara's " + name + " is used as it is (" + e + ")");
    }
  }

  /** The plain copy of a store, named by the original's digest, written once. */
  static Path plainCopy(byte[] original, String name, Path dir)
      throws IOException, GeneralSecurityException {
    String digest =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(original))
            .substring(0, 16);
    Path plain = dir.resolve(digest + "-" + name);
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    KeyStore from = KeyStore.getInstance("PKCS12");
    from.load(new ByteArrayInputStream(original), PASSWORD);
    KeyStore to = KeyStore.getInstance("PKCS12");
    to.load(null, null);
    KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(PASSWORD);
    for (String alias : Collections.list(from.aliases())) {
      if (from.isKeyEntry(alias)) {
        to.setEntry(alias, from.getEntry(alias, protection), protection);
      } else {
        to.setCertificateEntry(alias, from.getCertificate(alias));
      }
    }
    Files.createDirectories(dir);
    Path work = Files.createTempFile(dir, name, ".saving");
    try {
      try (OutputStream out = Files.newOutputStream(work)) {
        storePlain(to, out);
      }
      Files.move(work, plain, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(work);
    }
    return plain;
  }

  /**
   * PKCS12 saved with neither the integrity check nor the certificates' encryption: the JDK reads
   * these two settings from system properties when it saves (JDK 12 and later), so they are set for
   * the save only.
   */
  private static synchronized void storePlain(KeyStore store, OutputStream out)
      throws IOException, GeneralSecurityException {
    String[] keys = {"keystore.pkcs12.certProtectionAlgorithm", "keystore.pkcs12.macAlgorithm"};
    String[] before = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      before[i] = System.getProperty(keys[i]);
      System.setProperty(keys[i], "NONE");
    }
    try {
      store.store(out, PASSWORD);
    } finally {
      for (int i = 0; i < keys.length; i++) {
        if (before[i] == null) {
          System.clearProperty(keys[i]);
        } else {
          System.setProperty(keys[i], before[i]);
        }
      }
    }
  }
}
