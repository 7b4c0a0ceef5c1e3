package dk.tegn.courses.packaging.control;

import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A package's files by path inside the package ("course.yaml", "lessons/m/i.da.md"), read from a
 * folder, a zip or the class path, and written to a folder or a zip. Paths always use "/".
 */
public final class PackageFiles {

  /** Refuses zips that would unpack to more than this (a zip bomb), and larger folders. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  public static final int MAX_FILES = 5000;

  private PackageFiles() {}

  /** Every regular file below {@code folder}, hidden files (".git", ".DS_Store") left out. */
  public static Map<String, byte[]> fromFolder(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String path = folder.relativize(p).toString().replace('\\', '/');
        if (Stream.of(path.split("/")).noneMatch(s -> s.startsWith("."))) {
          files.put(path, Files.readAllBytes(p));
          checkSize(files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The entries of a zip. When every entry lies in one top folder (a zipped package folder), that
   * folder is taken off the paths.
   */
  public static Map<String, byte[]> fromZip(byte[] zip) {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String path = e.getName().replace('\\', '/');
        if (e.isDirectory() || Stream.of(path.split("/")).anyMatch(s -> s.startsWith("."))) {
          continue;
        }
        if (path.startsWith("/") || Stream.of(path.split("/")).anyMatch(".."::equals)) {
          throw refused(path, "a path in a package may not leave the package");
        }
        byte[] content = readAtMost(in, MAX_BYTES - total);
        total += content.length;
        files.put(path, content);
        checkSize(files);
      }
    } catch (IOException e) {
      throw refused("(zip)", "not a readable zip file: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw refused("(zip)", "the zip file holds no files");
    }
    return stripCommonFolder(files);
  }

  /**
   * A package shipped inside a jar, under {@code base} ("starter/police"). A class path cannot be
   * listed, so the files are those course.yaml names (lessons), those lessons refer to (media), and
   * bank.json.
   */
  public static Map<String, byte[]> fromClasspath(ClassLoader loader, String base) {
    Map<String, byte[]> files = new TreeMap<>();
    byte[] manifest = resource(loader, base + "/" + PackageReader.MANIFEST);
    if (manifest == null) {
      throw new IllegalArgumentException("no course package at " + base);
    }
    files.put(PackageReader.MANIFEST, manifest);
    for (String lesson : PackageReader.lessonPaths(manifest)) {
      byte[] content = resource(loader, base + "/" + lesson);
      if (content != null) {
        files.put(lesson, content);
        for (String media : PackageReader.mediaReferences(PackageReader.text(content))) {
          byte[] file = resource(loader, base + "/" + media);
          if (file != null) {
            files.put(media, file);
          }
        }
      }
    }
    byte[] bank = resource(loader, base + "/" + PackageReader.BANK);
    if (bank != null) {
      files.put(PackageReader.BANK, bank);
    }
    return files;
  }

  public static void toFolder(Map<String, byte[]> files, Path folder) {
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = folder.resolve(f.getKey()).normalize();
        if (!target.startsWith(folder.normalize())) {
          throw new IllegalArgumentException("path leaves the folder: " + f.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] toZip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
        ZipEntry entry = new ZipEntry(f.getKey());
        // a fixed time keeps the zip of an unchanged course byte for byte the same
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
    String first = files.keySet().iterator().next();
    int slash = first.indexOf('/');
    if (slash < 0 || files.containsKey(PackageReader.MANIFEST)) {
      return files;
    }
    String prefix = first.substring(0, slash + 1);
    if (!files.keySet().stream().allMatch(p -> p.startsWith(prefix))) {
      return files;
    }
    Map<String, byte[]> stripped = new TreeMap<>();
    files.forEach((p, c) -> stripped.put(p.substring(prefix.length()), c));
    return stripped;
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
    if (content.length > limit) {
      throw refused("(zip)", "the package unpacks to more than " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    return content;
  }

  private static void checkSize(Map<String, byte[]> files) {
    if (files.size() > MAX_FILES) {
      throw refused("(package)", "more than " + MAX_FILES + " files");
    }
    long total = files.values().stream().mapToLong(b -> b.length).sum();
    if (total > MAX_BYTES) {
      throw refused("(package)", "more than " + MAX_BYTES / 1024 / 1024 + " MB");
    }
  }

  private static PackageException refused(String file, String message) {
    return new PackageException(List.of(Problem.of(file, message)));
  }

  private static byte[] resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
