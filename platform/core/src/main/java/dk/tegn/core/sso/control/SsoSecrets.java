package dk.tegn.core.sso.control;

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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;
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

  private static final Logger LOG = Logger.getLogger(SsoSecrets.class.getName());

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
    try {
      AeadConfig.register();
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate the platform keyset", e);
    }
  }

  @PostConstruct
  void load() {
    try {
      AeadConfig.register();
      Optional<String> inline = configuredKeyset.filter(s -> !s.isBlank());
      if (inline.isPresent()) {
        use(parse(inline.get()));
        return;
      }
      Path file =
          Path.of(
              configuredFile
                  .filter(s -> !s.isBlank())
                  .orElse(
                      Path.of(System.getProperty("user.home"), ".tegn", "platform-keyset.json")
                          .toString()));
      use(Files.exists(file) ? parse(Files.readString(file)) : generateInto(file));
    } catch (FileAlreadyExistsException anotherStartWroteIt) {
      load();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink AEAD could not be registered", e);
    } catch (IOException e) {
      throw new UncheckedIOException("the platform keyset could not be read or written", e);
    }
  }

  private void use(KeysetHandle keyset) {
    try {
      aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
      keyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform keyset holds no usable AEAD key", e);
    }
  }

  private static KeysetHandle parse(String json) {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      // the parser's message could echo key material
      throw new IllegalStateException("the platform keyset is not a valid Tink JSON keyset", null);
    }
  }

  private static KeysetHandle generateInto(Path file) throws IOException, GeneralSecurityException {
    KeysetHandle keyset = newKeyset();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(
        file,
        TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    LOG.warning(
        () ->
            "generated a new platform keyset in "
                + file
                + ": back it up apart from the database, or single sign-on secrets must be"
                + " entered again");
    return keyset;
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
