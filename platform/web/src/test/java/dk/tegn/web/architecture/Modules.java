package dk.tegn.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Tegn's modules, where their files are, and the table prefix each owns. */
final class Modules {

  /** In the order of the module line. */
  static final List<String> NAMES =
      List.of("i18n", "core", "assessments", "courses", "intake", "coordination", "lti", "web");

  private static final Map<String, String> FOLDERS =
      Map.of(
          "i18n", "i18n",
          "core", "platform/core",
          "assessments", "assessments",
          "courses", "courses",
          "intake", "platform/intake",
          "coordination", "platform/coordination",
          "lti", "platform/lti",
          "web", "platform/web");

  /** The WAR assembles; it owns no tables, so it has no prefix. */
  static final Map<String, String> PREFIXES =
      Map.of(
          "core",
          "plt_",
          "assessments",
          "asm_",
          "courses",
          "crs_",
          "intake",
          "itk_",
          "coordination",
          "crd_",
          "lti",
          "lti_");

  static final Path ROOT = findRoot();

  private Modules() {}

  static Path folder(String module) {
    return ROOT.resolve(FOLDERS.get(module));
  }

  /** The module a class of ours belongs to, from its package: dk.tegn.<module>... */
  static String of(JavaClass type) {
    return type.getPackageName().split("\\.")[2];
  }

  /** The owner of a table, by its prefix; null for a name no module's prefix starts. */
  static String ownerByPrefix(String table) {
    return PREFIXES.entrySet().stream()
        .filter(e -> table.startsWith(e.getValue()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** The source file of a main class, relative to the repository root. */
  static String sourceFile(JavaClass type) {
    String file =
        type.getSource().flatMap(s -> s.getFileName()).orElse(type.getSimpleName() + ".java");
    return FOLDERS.get(of(type))
        + "/src/main/java/"
        + type.getPackageName().replace('.', '/')
        + "/"
        + file;
  }

  static String relative(Path file) {
    return ROOT.relativize(file).toString().replace('\\', '/');
  }

  /** A module's files under src/main/<kind> whose names end with suffix, sorted. */
  static List<Path> files(String module, String kind, String suffix) {
    Path dir = folder(module).resolve("src/main").resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository root: the first folder up from here that holds the root pom and i18n. */
  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("i18n"))
          && Files.isDirectory(dir.resolve("platform/core"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no Tegn repository above " + Path.of("").toAbsolutePath());
  }
}
