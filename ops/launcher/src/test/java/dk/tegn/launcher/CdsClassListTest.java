package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsClassListTest {

  private static final String SAMPLE = "dk/tegn/launcher/CdsClassListTest$Sample";
  private static final String OTHER = "dk/tegn/launcher/CdsClassListTest$Other";
  private static final String LOADER = "dk/tegn/launcher/CdsClassListTest$Loader";

  @TempDir Path dir;

  /** Stands for a class of the WAR's libraries. */
  public static class Sample implements Runnable {
    @Override
    public void run() {}
  }

  /** Stands for a class of WEB-INF/classes, extending one of a library. */
  public static class Other extends Sample {}

  /** Loads both through a class loader of its own, as Payara's web-application loader does. */
  public static final class Loader {
    public static void main(String[] args) throws Exception {
      URL[] urls = {Path.of(args[0]).toUri().toURL(), Path.of(args[1]).toUri().toURL()};
      try (URLClassLoader web =
          new URLClassLoader(urls, Loader.class.getClassLoader().getParent())) {
        Class.forName(OTHER.replace('/', '.'), true, web);
      }
    }
  }

  @Test
  void readsTheSuperclassAndInterfacesOfAClassFile() throws Exception {
    try (InputStream in = bytes(SAMPLE)) {
      CdsClassList.Supertypes types = CdsClassList.read(in);
      assertEquals("java/lang/Object", types.superName());
      assertEquals(List.of("java/lang/Runnable"), types.interfaces());
    }
    try (InputStream in = ClassLoader.getSystemResourceAsStream("java/util/ArrayList.class")) {
      CdsClassList.Supertypes types = CdsClassList.read(in);
      assertEquals("java/util/AbstractList", types.superName());
      assertEquals(
          List.of(
              "java/util/List",
              "java/util/RandomAccess",
              "java/lang/Cloneable",
              "java/io/Serializable"),
          types.interfaces());
    }
  }

  @Test
  void theWebApplicationsClassesFollowTheirSupertypesWithTheirSources() throws Exception {
    Fixture f = fixture();

    int added = CdsClassList.extend(f.classList, f.log, f.out);

    assertEquals(2, added);
    List<String> lines = Files.readAllLines(f.out);
    assertEquals("java/lang/Object id: 0", lines.get(0));
    assertEquals("java/lang/Runnable id: 1", lines.get(1));
    assertEquals("@lambda-proxy java/lang/Object run ()V", lines.get(2), "kept as it was");
    assertEquals(SAMPLE + " id: 2 super: 0 interfaces: 1 source: " + f.libJar, lines.get(3));
    // the class of WEB-INF/classes, logged first, comes after its superclass, from a jar of its own
    assertTrue(lines.get(4).startsWith(OTHER + " id: 3 super: 2 source: "), lines.get(4));
    Path classesJar = Path.of(lines.get(4).replaceFirst(".* source: ", ""));
    assertEquals(f.out.getParent(), classesJar.getParent());
    assertEquals(5, lines.size(), "the JVM's own class, a folder it cannot archive: left out");
  }

  @Test
  void aListThatAlreadyNamesSourcesIsLeftAsItIs() throws Exception {
    Fixture f = fixture();
    Files.writeString(f.classList, "java/lang/Object id: 0\n" + SAMPLE + " id: 1 super: 0\n");

    assertEquals(0, CdsClassList.extend(f.classList, f.log, f.out));
    assertEquals(Files.readString(f.classList), Files.readString(f.out));
  }

  /** The list is what this JDK takes: the archive made from it hands out the loader's classes. */
  @Test
  void theJvmArchivesTheListedClassesAndHandsThemToTheLoader() throws Exception {
    Fixture f = fixture();
    Files.writeString(f.classList, "java/lang/Object\njava/lang/Runnable\n");
    assertEquals(2, CdsClassList.extend(f.classList, f.log, f.out));
    Path cp = dir.resolve("cp.jar");
    jar(cp, List.of(LOADER));
    Path archive = dir.resolve("test.jsa");

    run(
        "-Xshare:dump",
        "-XX:SharedClassListFile=" + f.out,
        "-XX:SharedArchiveFile=" + archive,
        "-cp",
        cp.toString());
    String out =
        run(
            "-Xshare:on",
            "-XX:SharedArchiveFile=" + archive,
            "-Xlog:class+load=info",
            "-cp",
            cp.toString(),
            LOADER.replace('/', '.'),
            f.libJar.toString(),
            f.classes.toString());

    assertTrue(out.contains(SAMPLE.replace('/', '.') + " source: shared objects file"), out);
    assertTrue(out.contains(OTHER.replace('/', '.') + " source: shared objects file"), out);
  }

  private record Fixture(Path classList, Path log, Path out, Path libJar, Path classes) {}

  private Fixture fixture() throws Exception {
    Path libJar = dir.resolve("lib.jar");
    jar(libJar, List.of(SAMPLE));
    Path classes = dir.resolve("classes");
    Path otherFile = classes.resolve(OTHER + ".class");
    Files.createDirectories(otherFile.getParent());
    try (InputStream in = bytes(OTHER)) {
      Files.copy(in, otherFile);
    }
    Path classList = dir.resolve("classlist");
    Files.writeString(
        classList,
        "# comment\njava/lang/Object\njava/lang/Runnable\n@lambda-proxy java/lang/Object run ()V\n");
    Path log = dir.resolve("loaded.log");
    List<String> lines = new ArrayList<>();
    lines.add("[0.010s][info][class,load] java.lang.Object source: shared objects file");
    lines.add("[0.020s][info][class,load] dk.tegn.launcher.Main source: file:" + dir + "/x.jar");
    lines.add(
        "[1.500s][info][class,load] "
            + OTHER.replace('/', '.')
            + " source: "
            + otherFile.toUri().toURL());
    lines.add(
        "[1.600s][info][class,load] "
            + SAMPLE.replace('/', '.')
            + " source: "
            + libJar.toUri().toURL());
    Files.write(log, lines);
    Path out = Files.createDirectories(dir.resolve("extended")).resolve("classlist");
    return new Fixture(classList, log, out, libJar, classes);
  }

  private static InputStream bytes(String name) {
    return CdsClassListTest.class.getClassLoader().getResourceAsStream(name + ".class");
  }

  private static void jar(Path jar, List<String> classes) throws Exception {
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : classes) {
        zip.putNextEntry(new ZipEntry(name + ".class"));
        try (InputStream in = bytes(name)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

  private String run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Path output = Files.createTempFile(dir, "java-", ".out");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "java did not finish: " + command);
    String out = Files.readString(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), command + "\n" + out);
    return out;
  }
}
