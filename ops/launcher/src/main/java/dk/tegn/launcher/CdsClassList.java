package dk.tegn.launcher;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The class list that ops/run makes the class-data archive from, extended by the classes of Tegn's
 * web application. With Payara's runtime on the class path, the first start lists the classes it
 * loads ({@code -XX:DumpLoadedClassList}) and the archive is made from that list after it stops
 * (ops/BENCHMARKS.md, start). JDK 17 lists only the classes of the JVM's own loaders there, not
 * those of Payara's web-application loader: Tegn's modules, the WAR's libraries and
 * WEB-INF/classes, loaded again at every start. The JVM can archive such classes ("unregistered"
 * classes, matched at run time by name, size and checksum of the bytes the loader defines, else
 * loaded as usual) when the list names each with an id, its superclass's and interfaces' ids and
 * the jar it comes from. This writes those lines from the start's class-loading log ({@code
 * -Xlog:class+load}); the classes of WEB-INF/classes, which come from a folder, are copied into a
 * jar beside the list first, since the archive is made from jars only. A JDK that lists such
 * classes itself (18 and later) is left as it is.
 *
 * <p>{@code java -cp tegn-launcher.jar dk.tegn.launcher.CdsClassList <class list> <load log> <out>}
 */
final class CdsClassList {

  /** {@code [..][info][class,load] a.b.C source: file:/x/y.jar}, decorations optional. */
  private static final Pattern LOADED =
      Pattern.compile("\\[class,load\\] ?(\\S+) source: file:(/\\S+)$");

  private CdsClassList() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CdsClassList <class list> <class+load log> <out>");
      System.exit(2);
    }
    int added = extend(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    System.out.println(added);
  }

  /**
   * Writes {@code out}: the class list with ids, followed by the web application's classes whose
   * supertypes are all listed; returns how many of those it added.
   */
  static int extend(Path classList, Path loadLog, Path out) throws IOException {
    List<String> builtin = new ArrayList<>();
    for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
        continue;
      }
      if (name.contains(" ")) {
        // a JDK that lists other loaders' classes itself (with ids and sources): nothing to add
        Files.copy(classList, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return 0;
      }
      builtin.add(name);
    }
    Map<String, Integer> ids = new HashMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // the list's own special lines (@lambda-proxy, @lambda-form-invoker) stay as they were
      for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (name.startsWith("@")) {
          w.write(line);
        } else {
          int id = ids.size();
          ids.put(name, id);
          w.write(name + " id: " + id);
        }
        w.newLine();
      }
      Map<String, Path> sources = webClasses(loadLog, ids, out.getParent());
      int added = 0;
      try (Sources jars = new Sources()) {
        // a class goes after its supertypes: repeat while any class found all of its listed
        Map<String, Path> pending = new LinkedHashMap<>(sources);
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
          progress = false;
          for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Supertypes types = jars.supertypes(e.getValue(), e.getKey());
            if (types == null || types.superName() == null) {
              it.remove(); // not in that jar as a plain entry, or java/lang/Object itself
              progress = true;
              continue;
            }
            if (!pending.containsKey(types.superName())
                && types.interfaces().stream().noneMatch(pending::containsKey)) {
              it.remove();
              progress = true;
              if (!ids.containsKey(types.superName())
                  || !types.interfaces().stream().allMatch(ids::containsKey)) {
                continue; // a supertype that no loader listed: the archive could not hold it
              }
              StringBuilder line = new StringBuilder(e.getKey());
              int id = ids.size();
              ids.put(e.getKey(), id);
              line.append(" id: ").append(id).append(" super: ").append(ids.get(types.superName()));
              if (!types.interfaces().isEmpty()) {
                line.append(" interfaces:");
                types.interfaces().forEach(i -> line.append(' ').append(ids.get(i)));
              }
              line.append(" source: ").append(e.getValue());
              w.write(line.toString());
              w.newLine();
              added++;
            }
          }
        }
      }
      return added;
    }
  }

  /**
   * The classes that a loader other than the JVM's own defined from a file, by internal name, each
   * with the jar it comes from; one per name (the archive holds one class of a name for all such
   * loaders), none that the JVM's loaders also listed. Classes from a folder are copied into {@code
   * <dir>/classes-<n>.jar}.
   */
  static Map<String, Path> webClasses(Path loadLog, Map<String, Integer> builtin, Path dir)
      throws IOException {
    Map<String, Path> sources = new LinkedHashMap<>();
    Map<Path, Map<String, Path>> folders = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(loadLog, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher m = LOADED.matcher(line.strip());
        if (!m.find()) {
          continue;
        }
        String name = m.group(1).replace('.', '/');
        if (builtin.containsKey(name) || sources.containsKey(name)) {
          continue;
        }
        Path source = path(m.group(2));
        if (source == null) {
          continue;
        }
        String file = name + ".class";
        if (source.toString().endsWith("/" + file)) {
          // WEB-INF/classes: the loader names the class file itself
          String s = source.toString();
          Path root = Path.of(s.substring(0, s.length() - file.length()));
          folders.computeIfAbsent(root, r -> new LinkedHashMap<>()).put(name, source);
          sources.put(name, root);
        } else if (source.toString().endsWith(".jar")) {
          sources.put(name, source);
        }
      }
    }
    int n = 0;
    for (var folder : folders.entrySet()) {
      Path jar = dir.resolve("classes-" + n++ + ".jar");
      try (OutputStream out = Files.newOutputStream(jar);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (var c : folder.getValue().entrySet()) {
          if (!Files.isRegularFile(c.getValue())) {
            continue;
          }
          zip.putNextEntry(new ZipEntry(c.getKey() + ".class"));
          Files.copy(c.getValue(), zip);
          zip.closeEntry();
        }
      }
      for (String name : folder.getValue().keySet()) {
        sources.put(name, jar);
      }
    }
    return sources;
  }

  /** The file a {@code file:} URL's path names; null for one the class list could not hold. */
  private static Path path(String fileUrlPath) {
    try {
      Path path = Path.of(URI.create("file:" + fileUrlPath));
      // the class list separates its fields by spaces
      return path.toString().matches(".*\\s.*") ? null : path;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A class's superclass (null for java/lang/Object) and interfaces, by internal name. */
  record Supertypes(String superName, List<String> interfaces) {}

  /** The jars the classes come from, each opened once. */
  private static final class Sources implements AutoCloseable {
    private final Map<Path, ZipFile> open = new HashMap<>();

    Supertypes supertypes(Path jar, String name) throws IOException {
      ZipFile zip = open.get(jar);
      if (zip == null) {
        if (!Files.isRegularFile(jar)) {
          return null;
        }
        zip = new ZipFile(jar.toFile());
        open.put(jar, zip);
      }
      // the plain entry, which is what the archive is made from (not a versioned one)
      ZipEntry entry = zip.getEntry(name + ".class");
      if (entry == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return read(in);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    @Override
    public void close() {
      open.values()
          .forEach(
              z -> {
                try {
                  z.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Reads the superclass and interfaces from a class file (JVMS 4.1). */
  static Supertypes read(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    int superIndex = in.readUnsignedShort();
    String superName = superIndex == 0 ? null : utf8[classNameIndex[superIndex]];
    int interfaces = in.readUnsignedShort();
    List<String> names = new ArrayList<>(interfaces);
    for (int i = 0; i < interfaces; i++) {
      names.add(utf8[classNameIndex[in.readUnsignedShort()]]);
    }
    return new Supertypes(superName, names);
  }
}
