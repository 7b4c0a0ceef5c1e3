package dk.tegn.lti.key.control;

import com.google.crypto.tink.Aead;
import dk.tegn.core.security.AeadKeysets;
import dk.tegn.core.security.SecretFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals Tegn's LTI private keys at rest with a Tink AEAD (AES-256-GCM), the way intake seals
 * referrals, with a keyset of its own so that neither outlives the other's rotation. The keyset
 * comes from {@code tegn.lti.keyset} (Tink JSON, from a secret store), else from the file {@code
 * tegn.lti.keyset.file}, else from {@code lti-keyset.json} beside intake's keyset file (the
 * embedded default's data folder), else {@code ~/.tegn/lti-keyset.json}; a missing file is
 * generated once, readable by its owner only.
 */
@ApplicationScoped
public class KeySealer {

  private static final String WHAT = "LTI keyset";

  @Inject
  @ConfigProperty(name = "tegn.lti.keyset")
  Optional<String> inline;

  @Inject
  @ConfigProperty(name = "tegn.lti.keyset.file")
  Optional<String> file;

  @Inject
  @ConfigProperty(name = "tegn.intake.keyset.file")
  Optional<String> intakeFile;

  private Aead aead;

  /** For tests outside a container. */
  public static KeySealer withNewKeyset() {
    KeySealer sealer = new KeySealer();
    sealer.aead = AeadKeysets.aead(WHAT, AeadKeysets.generate());
    return sealer;
  }

  @PostConstruct
  void load() {
    aead =
        AeadKeysets.aead(
            WHAT,
            AeadKeysets.load(
                WHAT,
                inline,
                SecretFiles.location(file, intakeFile, "lti-keyset.json"),
                "back it up with the database"));
  }

  public byte[] seal(byte[] plaintext, String context) throws GeneralSecurityException {
    return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] open(byte[] ciphertext, String context) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
  }
}
