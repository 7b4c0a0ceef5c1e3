package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryCacheTest {

  static final String LOCATION = "dk/tegn/launcher/fake-mariadb/linux";

  @TempDir Path root;

  @Test
  void unpacksOnceMarksTheCopyCompleteAndMakesItsProgramsExecutable() throws Exception {
    Path dir = BinaryCache.binaries(root, LOCATION);

    assertEquals(root.resolve("fake-mariadb-linux"), dir);
    assertTrue(Files.isRegularFile(dir.resolve(BinaryCache.COMPLETE)));
    assertTrue(Files.isExecutable(dir.resolve("bin/mariadbd")));
    assertTrue(Files.isExecutable(dir.resolve("scripts/mariadb-install-db")));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(1, left.count(), "no unpacking folder is left behind");
    }

    Files.writeString(dir.resolve("bin/mariadbd"), "changed");
    assertEquals(dir, BinaryCache.binaries(root, LOCATION));
    assertEquals(
        "changed",
        Files.readString(dir.resolve("bin/mariadbd")),
        "a complete copy is used as it is, not unpacked again");
  }

  @Test
  void aCopyCutShortIsNotUsed() throws Exception {
    Path cut = Files.createDirectories(root.resolve("fake-mariadb-linux/bin"));
    Files.writeString(cut.resolve("mariadbd"), "half");

    assertThrowsIncomplete();
    assertFalse(Files.exists(root.resolve("fake-mariadb-linux").resolve(BinaryCache.COMPLETE)));
  }

  private void assertThrowsIncomplete() {
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, () -> BinaryCache.binaries(root, LOCATION));
    assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
  }

  @Test
  void theCacheFolderComesFromTegnCacheDirThenXdgThenHome() {
    assertEquals(Path.of("/srv/cache"), BinaryCache.root(Map.of("TEGN_CACHE_DIR", "/srv/cache")));
    assertEquals(
        Path.of("/x/tegn"),
        BinaryCache.root(Map.of("TEGN_CACHE_DIR", " ", "XDG_CACHE_HOME", "/x")));
    assertEquals(
        Path.of(System.getProperty("user.home"), ".cache", "tegn"), BinaryCache.root(Map.of()));
  }
}
