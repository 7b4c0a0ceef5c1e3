package dk.tegn.core.security;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Tink AEAD keysets (AES-256-GCM) that seal Tegn's secrets at rest, each of its own (single
 * sign-on's client secrets, LRS secrets, LTI private keys): given inline as Tink JSON from a secret
 * store, else read from a file, else generated into that file once, readable by its owner only. Two
 * nodes starting at once on one folder end with the same keyset: the second reads the first's.
 */
public final class AeadKeysets {

  private static final Logger LOG = Logger.getLogger(AeadKeysets.class.getName());

  private AeadKeysets() {}

  /** A new keyset with one AES-256-GCM key. */
  public static KeysetHandle generate() {
    try {
      AeadConfig.register();
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate an AEAD keyset", e);
    }
  }

  /**
   * The keyset of {@code what} (its name in messages): {@code inline} when set, else the one in
   * {@code file}, made there now when missing, with a warning that says how to keep it ({@code
   * backup}).
   */
  public static KeysetHandle load(String what, Optional<String> inline, Path file, String backup) {
    Optional<String> json = inline.filter(s -> !s.isBlank());
    if (json.isPresent()) {
      return parse(what, json.get());
    }
    try {
      if (Files.exists(file)) {
        return parse(what, Files.readString(file, StandardCharsets.UTF_8));
      }
      KeysetHandle generated = generate();
      if (!SecretFiles.writeOwnerOnlyIfAbsent(
          file,
          TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()))) {
        return parse(what, Files.readString(file, StandardCharsets.UTF_8));
      }
      LOG.warning(() -> "generated the " + what + " in " + file + ": " + backup);
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write the " + what + " " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not write the " + what, e);
    }
  }

  /** A keyset from Tink JSON; a refusal never carries the parser's message (key material). */
  public static KeysetHandle parse(String what, String json) {
    try {
      AeadConfig.register();
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the " + what + " is not a valid Tink JSON keyset");
    }
  }

  /** The keyset's AEAD primitive. */
  public static Aead aead(String what, KeysetHandle keyset) {
    try {
      AeadConfig.register();
      return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the " + what + " holds no usable AEAD key", e);
    }
  }
}
