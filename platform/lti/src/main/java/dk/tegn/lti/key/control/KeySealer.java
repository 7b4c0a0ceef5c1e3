package dk.tegn.lti.key.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dk.tegn.core.security.SecretFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;
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

  private static final Logger LOG = Logger.getLogger(KeySealer.class.getName());

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
    sealer.aead = aead(generate());
    return sealer;
  }

  @PostConstruct
  void load() {
    try {
      AeadConfig.register();
      Optional<String> json = inline.filter(s -> !s.isBlank());
      if (json.isPresent()) {
        aead =
            aead(TinkJsonProtoKeysetFormat.parseKeyset(json.get(), InsecureSecretKeyAccess.get()));
        return;
      }
      Path path = keysetFile();
      if (Files.exists(path)) {
        aead =
            aead(
                TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(path, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get()));
        return;
      }
      KeysetHandle generated = generate();
      SecretFiles.writeOwnerOnly(
          path,
          TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
      LOG.warning(() -> "generated a new LTI keyset in " + path + "; back it up with the database");
      aead = aead(generated);
    } catch (GeneralSecurityException e) {
      // the message of a parse failure could echo key material: keep only the type
      throw new IllegalStateException("the LTI keyset is not a valid Tink AEAD keyset", null);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write the LTI keyset", e);
    }
  }

  private Path keysetFile() {
    return file.filter(s -> !s.isBlank())
        .map(Path::of)
        .or(
            () ->
                intakeFile
                    .filter(s -> !s.isBlank())
                    .map(f -> Path.of(f).toAbsolutePath().resolveSibling("lti-keyset.json")))
        .orElse(Path.of(System.getProperty("user.home"), ".tegn", "lti-keyset.json"));
  }

  public byte[] seal(byte[] plaintext, String context) throws GeneralSecurityException {
    return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] open(byte[] ciphertext, String context) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
  }

  private static KeysetHandle generate() {
    try {
      AeadConfig.register();
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate an LTI keyset", e);
    }
  }

  private static Aead aead(KeysetHandle keyset) {
    try {
      return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the LTI keyset holds no usable AEAD key", e);
    }
  }
}
