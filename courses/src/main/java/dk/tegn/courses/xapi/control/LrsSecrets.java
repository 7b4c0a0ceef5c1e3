package dk.tegn.courses.xapi.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;
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

  private static final Logger LOG = Logger.getLogger(LrsSecrets.class.getName());

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
    secrets.aead = primitive(keyset);
    return secrets;
  }

  @PostConstruct
  void load() {
    Optional<String> inline = configuredKeyset.filter(s -> !s.isBlank());
    if (inline.isPresent()) {
      aead = primitive(parse(inline.get()));
      return;
    }
    Path file =
        Path.of(
            configuredFile
                .filter(s -> !s.isBlank())
                .orElse(
                    Path.of(System.getProperty("user.home"), ".tegn", "xapi-keyset.json")
                        .toString()));
    aead = primitive(readOrCreate(file));
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
    try {
      AeadConfig.register();
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate the xAPI keyset", e);
    }
  }

  private static byte[] context(long organisationId) {
    return ("crs_xapi_lrs/" + organisationId).getBytes(StandardCharsets.UTF_8);
  }

  private static KeysetHandle readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
      }
      KeysetHandle generated = generate();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        LOG.fine("no POSIX permissions for " + file);
      }
      LOG.warning(() -> "generated the xAPI keyset in " + file + "; back it up with the database");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the xAPI keyset " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not write the xAPI keyset", e);
    }
  }

  private static KeysetHandle parse(String json) {
    try {
      AeadConfig.register();
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      // the message could echo key material
      throw new IllegalStateException("tegn.xapi.keyset is not a valid Tink JSON keyset");
    }
  }

  private static Aead primitive(KeysetHandle keyset) {
    try {
      return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the xAPI keyset holds no AEAD key", e);
    }
  }
}
