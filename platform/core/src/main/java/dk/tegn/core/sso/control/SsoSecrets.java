package dk.tegn.core.sso.control;

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
 * Seals the client secrets of providers with Google Tink AEAD (AES-256-GCM), the library intake
 * uses for referral details, under a keyset of the platform's own (never intake's: referral keys
 * serve referrals only). The keyset comes from {@code tegn.secrets.keyset} (a Tink JSON keyset,
 * e.g. the environment variable TEGN_SECRETS_KEYSET) or else from the file {@code
 * tegn.secrets.keyset.file} (default {@code ~/.tegn/platform-keyset.json}), generated there once.
 * It never enters the database.
 */
@ApplicationScoped
public class SsoSecrets {

  private static final String WHAT = "platform keyset";

  @Inject
  @ConfigProperty(name = "tegn.secrets.keyset")
  Optional<String> configuredKeyset;

  @Inject
  @ConfigProperty(name = "tegn.secrets.keyset.file")
  Optional<String> configuredFile;

  private Aead aead;
  private long keyId;

  protected SsoSecrets() {}

  /** For tests: secrets sealed under the given keyset. */
  public static SsoSecrets of(KeysetHandle keyset) {
    SsoSecrets secrets = new SsoSecrets();
    secrets.use(keyset);
    return secrets;
  }

  /** A new keyset with one AES-256-GCM key. */
  public static KeysetHandle newKeyset() {
    return AeadKeysets.generate();
  }

  @PostConstruct
  void load() {
    Path file = SecretFiles.location(configuredFile, Optional.empty(), "platform-keyset.json");
    use(
        AeadKeysets.load(
            WHAT,
            configuredKeyset,
            file,
            "back it up apart from the database, or single sign-on secrets must be entered"
                + " again"));
  }

  private void use(KeysetHandle keyset) {
    aead = AeadKeysets.aead(WHAT, keyset);
    keyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
  }

  public byte[] seal(String secret, String context) {
    try {
      return aead.encrypt(
          secret.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a secret", e);
    }
  }

  public String open(byte[] sealed, String context) {
    try {
      return new String(
          aead.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed secret could not be opened (" + context + ")", e);
    }
  }

  public long keyId() {
    return keyId;
  }
}
