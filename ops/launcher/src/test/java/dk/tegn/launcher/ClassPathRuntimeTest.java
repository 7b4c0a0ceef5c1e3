package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fish.payara.micro.PayaraMicro;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathRuntimeTest {

  @TempDir Path dir;

  @Test
  void theBootJarListsEveryJarOfTheRuntimeAsTheClassLoaderNamesThem() throws Exception {
    Path runtime = Files.createDirectories(dir.resolve("runtime dir"));
    Files.writeString(runtime.resolve("b.jar"), "");
    Files.writeString(runtime.resolve("a.jar"), "");
    Files.writeString(runtime.resolve("__ds_jdbc_ra.rar"), "");
    Path bootJar = dir.resolve("boot.jar");

    ClassPathRuntime.writeBootJar(bootJar, runtime);

    String classPath;
    try (JarFile jar = new JarFile(bootJar.toFile())) {
      classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
    }
    List<String> entries = Arrays.asList(classPath.split(" "));
    assertEquals(2, entries.size(), classPath);
    // file:/x as URLClassLoader names a jar (not Path.toUri's file:///x), spaces escaped
    assertTrue(entries.get(0).startsWith("file:/") && !entries.get(0).startsWith("file:///"));
    assertTrue(entries.get(0).endsWith("/runtime%20dir/a.jar"), entries.get(0));
    assertEquals(runtime.resolve("b.jar"), Path.of(URI.create(entries.get(1))));
  }

  @Test
  void theJdbcResourceAdaptersOfPayaraMicroAreUnpackedWherePayaraLooksForThem() throws Exception {
    Path microJar =
        Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    ClassPathRuntime.unpackResourceAdapters(microJar, dir);

    for (String adapter : List.of("__ds_jdbc_ra", "__cp_jdbc_ra", "__xa_jdbc_ra", "__dm_jdbc_ra")) {
      Path folder = dir.resolve("lib/install/applications").resolve(adapter);
      assertTrue(Files.isRegularFile(folder.resolve(adapter + ".jar")), folder.toString());
      assertTrue(Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF")), folder.toString());
    }
  }

  @Test
  void underMavenPayarasRuntimeIsNestedNotOnTheClassPath() {
    // the tests' class path has payara-micro.jar only: the launcher then boots it as before
    assertFalse(ClassPathRuntime.onClassPath());
  }
}
