package dk.tegn.core.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Files that hold key material Tegn made itself, e.g. a generated keyset or signing key. */
public final class SecretFiles {

  private SecretFiles() {}

  /**
   * Writes {@code text} to {@code path} readable by its owner only, unless the file exists: false
   * when it did (another process wrote it first, and theirs stands). Written to a temporary file
   * first and linked into place, which fails when the name is taken, so a crash never leaves half a
   * key and two writers never both win.
   */
  public static boolean writeOwnerOnlyIfAbsent(Path path, String text) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".secret", ".tmp");
    try {
      if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.createLink(path, temp);
      return true;
    } catch (FileAlreadyExistsException taken) {
      return false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Where a secret file of Tegn's lives: {@code configured} when set, else {@code name} beside
   * {@code sibling} (e.g. intake's keyset file, in the embedded default's data folder) when that is
   * set, else {@code ~/.tegn/name}.
   */
  public static Path location(Optional<String> configured, Optional<String> sibling, String name) {
    return configured
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .or(
            () ->
                sibling
                    .filter(s -> !s.isBlank())
                    .map(f -> Path.of(f).toAbsolutePath().resolveSibling(name)))
        .orElse(Path.of(System.getProperty("user.home"), ".tegn", name));
  }
}
