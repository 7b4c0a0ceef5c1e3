package dk.tegn.intake.crypto.control;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** Creating, reading, writing and rotating Tink keysets for intake. */
public final class Keysets {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Keysets() {}

  /** A new keyset with one AES-256-GCM key. */
  public static KeysetHandle generate() {
    try {
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate an intake keyset", e);
    }
  }

  /** The same keyset with a new AES-256-GCM key as primary; the old keys still decrypt. */
  public static KeysetHandle rotated(KeysetHandle keyset) {
    try {
      return KeysetHandle.newBuilder(keyset)
          .addEntry(
              KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                  .withRandomId()
                  .makePrimary())
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not rotate the intake keyset", e);
    }
  }

  public static KeysetHandle parse(String json) {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      // the message of a parse failure could echo key material: keep only the type
      throw new IllegalStateException("the intake keyset is not a valid Tink JSON keyset", null);
    }
  }

  public static String serialize(KeysetHandle keyset) {
    try {
      return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not serialise the intake keyset", e);
    }
  }

  public static KeysetHandle read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the intake keyset file " + file, e);
    }
  }

  /**
   * Writes the keyset readable by its owner only, through a temporary file and an atomic move, so a
   * crash never leaves half a keyset. {@code replace} false refuses to overwrite an existing file.
   */
  public static void write(KeysetHandle keyset, Path file, boolean replace) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      if (!replace && Files.exists(file)) {
        throw new FileAlreadyExistsException(file.toString());
      }
      Path temp = Files.createTempFile(dir, ".intake-keyset", ".tmp");
      try {
        setOwnerOnly(temp);
        Files.writeString(temp, serialize(keyset), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the intake keyset file " + file, e);
    }
  }

  private static void setOwnerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  public static long primaryKeyId(KeysetHandle keyset) {
    return Integer.toUnsignedLong(keyset.getPrimary().getId());
  }
}
