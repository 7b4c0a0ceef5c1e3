package dk.tegn.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.boot.PayaraMicroBoot;
import fish.payara.micro.boot.PayaraMicroLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Payara Micro's runtime started from the JVM's own class path. Booted from payara-micro.jar,
 * Payara loads its 320 runtime jars, nested in that jar, through a class loader of its own, which
 * searches them jar by jar for every class and resource the server, Weld, EclipseLink and Mojarra
 * ask for (over a third of a start's main thread), and whose classes the class-data archive cannot
 * hand out without that search (ops/BENCHMARKS.md, start). The launcher's pom unpacks those jars
 * once per build into {@code target/payara}, and ops/run puts them on the class path; then the
 * JVM's own loader finds Payara's classes, in the archive mostly.
 *
 * <p>Payara Micro has the shape for this ({@code --outputlauncher}, its {@code RootDirLauncher}),
 * and this does what that launcher does: an instance folder of its own ({@code --rootdir}), a boot
 * jar whose manifest lists the runtime's jars (read by Payara to find its modules), and the
 * instance registered before {@link PayaraMicro#getInstance()} would build the nested loader.
 * Beyond it, the system JDBC resource adapters are unpacked into the instance folder here: Payara
 * looks for them as resources of its own class loader (in the nested one they are), and without
 * them every data source is refused ({@code error.creating.jdbc.pool}).
 */
final class ClassPathRuntime {

  /** Payara Micro's implementation, in the runtime's jars. */
  private static final String IMPL = "fish.payara.micro.impl.PayaraMicroImpl";

  /** Where the instance folder goes in the data folder, made anew at every start. */
  static final String FOLDER = "payara";

  /** The file of the boot jar in the instance folder. */
  static final String BOOT_JAR = "boot.jar";

  private static final String RUNTIME_IN_MICRO_JAR = "MICRO-INF/runtime/";

  private ClassPathRuntime() {}

  /** Whether ops/run put Payara's runtime on the class path (not so under {@code -jar}). */
  static boolean onClassPath() {
    return ClassLoader.getSystemClassLoader().getResource(IMPL.replace('.', '/') + ".class")
        != null;
  }

  /**
   * Prepares the instance folder {@code <dataDir>/payara} and registers Payara Micro's instance,
   * loaded by the JVM's class loader, for {@link PayaraMicro#getInstance()} to use.
   */
  static void register(Path dataDir) {
    try {
      // not initialised yet: the boot's properties below must be set before it is
      Class<?> impl = Class.forName(IMPL, false, ClassPathRuntime.class.getClassLoader());
      Path runtime = location(impl).getParent();
      Path root = dataDir.resolve(FOLDER);
      // Payara's configuration is written into it as the pre-boot commands run: start from Payara's
      // own each time, as the nested runtime did with its temporary folder
      Folders.deleteQuietly(root);
      Files.createDirectories(root);
      Path bootJar = root.resolve(BOOT_JAR);
      writeBootJar(bootJar, runtime);
      unpackResourceAdapters(location(PayaraMicro.class), root);
      // what Payara's RootDirLauncher sets: the boot reads its modules from the boot jar's
      // manifest,
      // and Payara's server.policy grants its own code by these two; a runtime outside the unpack
      // folder is refused its secured services (no AuthorizationService, no admin command runs)
      System.setProperty("fish.payara.micro.BootJar", bootJar.toFile().toURI().toString());
      System.setProperty("fish.payara.micro.UnpackDir", runtime.toString());
      PayaraMicroBoot instance = (PayaraMicroBoot) impl.getMethod("getInstance").invoke(null);
      instance.setRootDir(root.toFile());
      PayaraMicroLauncher.registerLaunchedInstance(instance);
    } catch (IOException | ReflectiveOperationException | URISyntaxException e) {
      throw new LaunchException(
          "Payara Micro's runtime on the class path cannot be prepared ("
              + e
              + "); TEGN_PAYARA_CLASSPATH=false in ops/run starts it from payara-micro.jar instead.");
    }
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A jar holding only a manifest whose Class-Path lists every jar of the runtime. */
  static void writeBootJar(Path bootJar, Path runtime) throws IOException {
    List<Path> jars;
    try (Stream<Path> files = Files.list(runtime)) {
      jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest
        .getMainAttributes()
        .put(
            Attributes.Name.CLASS_PATH,
            // file:/x, as the class loader's URLs name them (Path.toUri's file:///x matches no
            // module)
            jars.stream().map(p -> p.toFile().toURI().toString()).collect(Collectors.joining(" ")));
    try (OutputStream out = Files.newOutputStream(bootJar);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
  }

  /**
   * The JDBC resource adapters ({@code MICRO-INF/runtime/__*_jdbc_ra.rar} in payara-micro.jar),
   * each unpacked into the instance folder, where each brings its {@code lib/install/applications}.
   */
  static void unpackResourceAdapters(Path microJar, Path root) throws IOException {
    try (ZipFile micro = new ZipFile(microJar.toFile())) {
      for (ZipEntry rar : micro.stream().toList()) {
        String name = rar.getName();
        if (!name.startsWith(RUNTIME_IN_MICRO_JAR) || !name.endsWith(".rar")) {
          continue;
        }
        try (InputStream in = micro.getInputStream(rar);
            ZipInputStream entries = new ZipInputStream(in)) {
          for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
            Path target = root.resolve(e.getName()).normalize();
            if (!target.startsWith(root)) {
              throw new IOException(name + " names a file outside the folder: " + e.getName());
            }
            if (e.isDirectory()) {
              Files.createDirectories(target);
            } else {
              Files.createDirectories(target.getParent());
              Files.copy(entries, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    }
  }
}
