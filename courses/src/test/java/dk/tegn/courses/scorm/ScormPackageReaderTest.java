package dk.tegn.courses.scorm;

import static dk.tegn.courses.scorm.ScormZips.item;
import static dk.tegn.courses.scorm.ScormZips.manifest;
import static dk.tegn.courses.scorm.ScormZips.resource;
import static dk.tegn.courses.scorm.ScormZips.utf8;
import static dk.tegn.courses.scorm.ScormZips.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.scorm.control.ScormPackageReader;
import dk.tegn.courses.scorm.control.ScormPackageReader.Limits;
import dk.tegn.courses.scorm.entity.ScormManifest;
import dk.tegn.courses.scorm.entity.ScormManifest.Sco;
import dk.tegn.courses.scorm.entity.ScormPackageRefused;
import dk.tegn.courses.scorm.entity.ScormProblem;
import dk.tegn.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScormPackageReaderTest {

  final ScormPackageReader reader = new ScormPackageReader();

  @Test
  void aSingleScoPackageReadsWithItsMasteryScoreAndLaunchData() {
    ScormManifest read = reader.read(ScormZips.singleSco(80.0, 85));
    assertEquals("Handel med mennesker: tegn", read.title());
    assertEquals(1, read.scos().size());
    Sco sco = read.scos().get(0);
    assertEquals("intro", sco.identifier());
    assertEquals("Tegn på menneskehandel", sco.title());
    assertEquals("index.html", sco.launch());
    assertTrue(sco.sco());
    assertEquals(80.0, sco.masteryScore());
    assertEquals("start=1", sco.dataFromLms());
    assertArrayEquals(ScormZips.pipwerks(), read.files().get("SCORM_API_wrapper.js"));
  }

  @Test
  void withoutMasteryScoreTheScoHasNone() {
    assertNull(reader.read(ScormZips.singleSco(null, 85)).scos().get(0).masteryScore());
  }

  @Test
  void aMultiScoPackageKeepsTheOrganizationsOrderAndDepthForItsTableOfContents() {
    List<Sco> scos = reader.read(ScormZips.multiSco()).scos();
    assertEquals(List.of("part1", "part2", "sheet"), scos.stream().map(Sco::identifier).toList());
    assertEquals(List.of(0, 1, 0), scos.stream().map(Sco::level).toList());
    assertEquals("part2/index.html", scos.get(1).launch());
    assertEquals(50.0, scos.get(1).masteryScore());
    assertFalse(scos.get(2).sco(), "an asset has no runtime");
  }

  @Test
  void aZippedPackageFolderReadsAsTheFolder() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("kursus/imsmanifest.xml", manifestWith("index.html"));
    files.put("kursus/index.html", utf8("<html></html>"));
    assertEquals("index.html", reader.read(zip(files)).scos().get(0).launch());
  }

  @Test
  void itemParametersAreAppendedToTheLaunchAddress() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        utf8(
            manifest(
                "P",
                "<item identifier=\"i\" identifierref=\"r\" parameters=\"?lang=da\"><title>T</title></item>",
                resource("r", "sco", "index.html"))));
    files.put("index.html", utf8("<html></html>"));
    assertEquals("index.html?lang=da", reader.read(zip(files)).scos().get(0).launch());
  }

  // the malformed corpus: each refused as a whole, each problem named with its file

  @Test
  void aZipWithoutManifestIsRefused() {
    assertProblems(
        zip(Map.of("index.html", utf8("<html></html>"))), problem("imsmanifest.xml", "noManifest"));
  }

  @Test
  void aMissingLaunchFileIsRefusedNamingTheFile() {
    assertProblems(
        zip(Map.of("imsmanifest.xml", manifestWith("start/index.html"))),
        problem("start/index.html", "launchFileMissing", "item-1"));
  }

  @Test
  void pathsThatLeaveThePackageAreRefusedEachByName() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifestWith("index.html"));
    files.put("index.html", utf8("<html></html>"));
    files.put("../../etc/cron.d/evil", utf8("x"));
    files.put("/tmp/evil.js", utf8("x"));
    files.put("C:/Windows/evil.js", utf8("x"));
    files.put("assets\\..\\..\\evil.js", utf8("x"));
    assertProblems(
        zip(files),
        problem("../../etc/cron.d/evil", "zipSlip"),
        problem("/tmp/evil.js", "zipSlip"),
        problem("C:/Windows/evil.js", "zipSlip"),
        problem("assets\\..\\..\\evil.js", "zipSlip"));
  }

  @Test
  void aZipBombIsRefusedBeforeItIsUnpacked() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifestWith("index.html"));
    files.put("index.html", utf8("<html></html>"));
    files.put("zeros.bin", new byte[8 << 20]);
    assertProblems(zip(files), problem("zeros.bin", "zipBomb", 100));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedNamingIt() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifestWith("index.html"));
    files.put("index.html", utf8("<html></html>"));
    files.put("video.mp4", random(3 << 20));
    ScormPackageReader small = new ScormPackageReader(new Limits(2L << 20, 64L << 20, 100, 100));
    assertProblems(small, zip(files), problem("video.mp4", "fileTooLarge", "2"));
  }

  @Test
  void aPackageOverTheTotalLimitIsRefused() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifestWith("index.html"));
    files.put("index.html", utf8("<html></html>"));
    for (int i = 0; i < 4; i++) {
      files.put("media/" + i + ".bin", random(600 << 10));
    }
    ScormPackageReader small = new ScormPackageReader(new Limits(1L << 20, 2L << 20, 100, 100));
    assertProblems(small, zip(files), problem("(zip)", "tooLarge", "2"));
  }

  @Test
  void tooManyFilesAreRefused() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifestWith("index.html"));
    files.put("index.html", utf8("<html></html>"));
    files.put("a.css", utf8("a"));
    files.put("b.css", utf8("b"));
    ScormPackageReader small = new ScormPackageReader(new Limits(1L << 20, 2L << 20, 3, 100));
    assertProblems(small, zip(files), problem("(zip)", "tooManyFiles", 3));
  }

  @Test
  void aScorm2004PackageIsRefusedAsNotSupported() {
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
          <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
          <organizations default="o"><organization identifier="o"><title>T</title>
            <item identifier="i" identifierref="r"><title>T</title></item></organization></organizations>
          <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="index.html"/></resources>
        </manifest>
        """;
    assertProblems(
        zip(Map.of("imsmanifest.xml", utf8(manifest), "index.html", utf8("<html></html>"))),
        problem("imsmanifest.xml", "scorm2004"));
  }

  @Test
  void aManifestWithAnExternalEntityIsRefusedAndTheEntityNeverRead() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <manifest identifier="m"><organizations><organization identifier="o">
        <title>&secret;</title></organization></organizations></manifest>
        """;
    ScormPackageRefused refused =
        assertThrows(
            ScormPackageRefused.class,
            () -> reader.read(zip(Map.of("imsmanifest.xml", utf8(xxe)))));
    assertEquals(1, refused.problems().size());
    assertEquals("manifestUnreadable", refused.problems().get(0).key());
    assertFalse(refused.getMessage().contains("root:"));
  }

  @Test
  void bytesThatAreNoZipAreRefused() {
    assertProblems(random(1000), problem("(zip)", "notZip"));
  }

  @Test
  void everyProblemOfAPackageIsNamedAtOnce() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        utf8(
            manifest(
                "P",
                item("a", "ra", "A", 120.0, null)
                    + item("b", "missing", "B", null, null)
                    + item("c", "rc", "C", null, null),
                resource("ra", "sco", "a.html") + resource("rc", "sco", "c.html"))));
    files.put("a.html", utf8("<html></html>"));
    files.put("../x.js", utf8("x"));
    assertProblems(
        zip(files),
        problem("../x.js", "zipSlip"),
        problem("imsmanifest.xml", "masteryInvalid", "a", "120"),
        problem("imsmanifest.xml", "resourceMissing", "b", "missing"),
        problem("c.html", "launchFileMissing", "c"));
  }

  @Test
  void everyProblemKeyHasItsTextInDanishAndEnglish() {
    for (String key :
        List.of(
            "notZip",
            "zipTooLarge",
            "noManifest",
            "scorm2004",
            "zipSlip",
            "zipBomb",
            "tooManyFiles",
            "fileTooLarge",
            "tooLarge",
            "manifestUnreadable",
            "noOrganization",
            "noSco",
            "resourceMissing",
            "launchMissing",
            "launchFileMissing",
            "masteryInvalid")) {
      for (String language : List.of("da", "en")) {
        String text =
            Messages.get(
                Messages.COURSES,
                Locale.forLanguageTag(language),
                "courses_scorm_problem." + key,
                "x",
                "y");
        assertFalse(text.startsWith("???"), key + " in " + language);
      }
    }
  }

  static ScormProblem problem(String file, String key, Object... arguments) {
    return ScormProblem.of(file, key, arguments);
  }

  void assertProblems(byte[] zip, ScormProblem... expected) {
    assertProblems(reader, zip, expected);
  }

  static void assertProblems(ScormPackageReader reader, byte[] zip, ScormProblem... expected) {
    ScormPackageRefused refused = assertThrows(ScormPackageRefused.class, () -> reader.read(zip));
    assertEquals(List.of(expected), refused.problems());
  }

  static byte[] manifestWith(String launch) {
    return utf8(
        manifest(
            "P", item("item-1", "res-1", "Item", null, null), resource("res-1", "sco", launch)));
  }

  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
