package dk.tegn.courses.xapi.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import dk.tegn.core.security.AeadKeysets;
import dk.tegn.core.security.SecretFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals LRS secrets with a Tink AEAD (AES-256-GCM, the same library and scheme as intake's field
 * encryption) under a keyset of their own, so the database alone never gives the secret away. The
 * organisation is the associated data: a sealed secret copied to another organisation's row does
 * not open. The keyset comes from {@code tegn.xapi.keyset} (a Tink JSON keyset, e.g. from the
 * environment variable TEGN_XAPI_KEYSET) or the file {@code tegn.xapi.keyset.file} (default {@code
 * ~/.tegn/xapi-keyset.json}), generated there once when missing.
 */
@ApplicationScoped
public class LrsSecrets {

  private static final String WHAT = "xAPI keyset";

  @Inject
  @ConfigProperty(name = "tegn.xapi.keyset")
  Optional<String> configuredKeyset;

  @Inject
  @ConfigProperty(name = "tegn.xapi.keyset.file")
  Optional<String> configuredFile;

  private Aead aead;

  /** For tests: secrets sealed under a given keyset. */
  public static LrsSecrets of(KeysetHandle keyset) {
    LrsSecrets secrets = new LrsSecrets();
    secrets.aead = AeadKeysets.aead(WHAT, keyset);
    return secrets;
  }

  @PostConstruct
  void load() {
    Path file = SecretFiles.location(configuredFile, Optional.empty(), "xapi-keyset.json");
    aead =
        AeadKeysets.aead(
            WHAT, AeadKeysets.load(WHAT, configuredKeyset, file, "back it up with the database"));
  }

  public byte[] seal(String secret, long organisationId) {
    try {
      return aead.encrypt(secret.getBytes(StandardCharsets.UTF_8), context(organisationId));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal an LRS secret", e);
    }
  }

  public String open(byte[] sealed, long organisationId) {
    try {
      return new String(aead.decrypt(sealed, context(organisationId)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the LRS secret of organisation " + organisationId + " does not open with this keyset");
    }
  }

  public static KeysetHandle generate() {
    return AeadKeysets.generate();
  }

  private static byte[] context(long organisationId) {
    return ("crs_xapi_lrs/" + organisationId).getBytes(StandardCharsets.UTF_8);
  }
}
