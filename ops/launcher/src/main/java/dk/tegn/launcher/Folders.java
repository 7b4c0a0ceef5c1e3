package dk.tegn.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the launcher unpacks into and clears away again (MariaDB's binaries, the WAR). */
final class Folders {

  private Folders() {}

  /** Deletes a folder with everything in it; a failure is said, not thrown, as it loses nothing. */
  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      Console.say("could not remove " + dir + ": " + e.getMessage());
    }
  }
}
