package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedWarTest {

  private static final String PAYARA_WEB =
      "<payara-web-app>\n  <scanning-exclude>*</scanning-exclude>\n"
          + "  <scanning-include>tegn-*</scanning-include>\n"
          + "  <scanning-include>primefaces</scanning-include>\n</payara-web-app>\n";

  @TempDir Path dir;

  @Test
  void unpacksOnceAndMarksTheLibrariesPayaraWebXmlExcludesFromScanning() throws Exception {
    Path war = war("ROOT.war", "one");
    Path data = dir.resolve("data");

    Path unpacked = UnpackedWar.prepare(war, data);

    assertEquals(data.resolve(UnpackedWar.FOLDER), unpacked.getParent());
    assertTrue(Files.isRegularFile(unpacked.resolve(UnpackedWar.COMPLETE)));
    assertEquals("one", Files.readString(unpacked.resolve("index.xhtml")));
    assertTrue(Files.isRegularFile(unpacked.resolve("WEB-INF/lib/poi-ooxml.jar")));
    // excluded: hk2's parser passes over a jar whose expanded twin exists
    assertTrue(Files.isDirectory(unpacked.resolve("WEB-INF__lib__poi-ooxml_jar")));
    assertTrue(Files.isDirectory(unpacked.resolve("WEB-INF__lib__bcprov-jdk18on_jar")));
    // included again: CDI, Faces and JAX-RS look into these
    assertFalse(Files.exists(unpacked.resolve("WEB-INF__lib__tegn-core_jar")));
    assertFalse(Files.exists(unpacked.resolve("WEB-INF__lib__primefaces_jar")));
    assertFalse(Files.exists(unpacked.resolve("WEB-INF__lib__primefaces-15.0.13-jakarta_jar")));

    Files.writeString(unpacked.resolve("index.xhtml"), "changed");
    assertEquals(unpacked, UnpackedWar.prepare(war, data));
    assertEquals(
        "changed",
        Files.readString(unpacked.resolve("index.xhtml")),
        "the same WAR is deployed from its folder as it is, not unpacked again");
  }

  @Test
  void anotherBuildGetsAFolderOfItsOwnAndTheOldOneGoes() throws Exception {
    Path data = dir.resolve("data");
    Path first = UnpackedWar.prepare(war("ROOT.war", "one"), data);

    Path second = UnpackedWar.prepare(war("ROOT.war", "two"), data);

    assertNotEquals(first, second);
    assertEquals("two", Files.readString(second.resolve("index.xhtml")));
    try (Stream<Path> left = Files.list(data.resolve(UnpackedWar.FOLDER))) {
      assertEquals(List.of(second), left.toList());
    }
  }

  @Test
  void anUnpackingCutShortIsDoneAgain() throws Exception {
    Path war = war("ROOT.war", "one");
    Path data = dir.resolve("data");
    Path unpacked = UnpackedWar.prepare(war, data);
    Files.delete(unpacked.resolve(UnpackedWar.COMPLETE));
    Files.delete(unpacked.resolve("index.xhtml"));

    assertEquals(unpacked, UnpackedWar.prepare(war, data));
    assertEquals("one", Files.readString(unpacked.resolve("index.xhtml")));
  }

  @Test
  void aWarNamingAFileOutsideItselfIsRefused() throws Exception {
    Path war = dir.resolve("evil.war");
    write(war, Map.of("../outside.txt", "x"));

    IOException e =
        assertThrows(IOException.class, () -> UnpackedWar.prepare(war, dir.resolve("data")));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("data/outside.txt")));
  }

  @Test
  void scanningPatternsReadAsPayaraReadsThem() {
    assertTrue(UnpackedWar.jarPattern("tegn-*").matcher("tegn-core.jar").matches());
    assertTrue(UnpackedWar.jarPattern("primefaces").matcher("primefaces.jar").matches());
    assertTrue(
        UnpackedWar.jarPattern("primefaces").matcher("PrimeFaces-15.0.13-jakarta.jar").matches());
    // any "-" suffix counts as a version, as in Payara
    assertTrue(UnpackedWar.jarPattern("poi").matcher("poi-ooxml.jar").matches());
    assertFalse(UnpackedWar.jarPattern("tegn-*").matcher("commons-io.jar").matches());
    assertTrue(UnpackedWar.jarPattern("*").matcher("commons-io.jar").matches());
  }

  private Path war(String name, String page) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("index.xhtml", page);
    entries.put("WEB-INF/payara-web.xml", PAYARA_WEB);
    for (String jar :
        List.of("tegn-core", "primefaces", "poi-ooxml", "bcprov-jdk18on", "commons-io")) {
      entries.put("WEB-INF/lib/" + jar + ".jar", jar);
    }
    Path war = dir.resolve(name);
    write(war, entries);
    return war;
  }

  private static void write(Path zip, Map<String, String> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
  }
}
