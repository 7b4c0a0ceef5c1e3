package dk.tegn.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * ROOT.war unpacked once into the data folder and deployed from there as a directory. Deploying the
 * file made Payara expand all of its 47 MB again at every start (ops/BENCHMARKS.md, start). A new
 * WAR (another build) gets a folder of its own, named by its contents, and the older ones go.
 *
 * <p>The unpacked folder also keeps the libraries that payara-web.xml excludes from scanning out of
 * the class model that Payara builds of every jar before CDI sees any of them (hk2's parser; about
 * a fifth of a start): that parser skips {@code WEB-INF/lib/x.jar} when a folder named {@code
 * WEB-INF__lib__x_jar} lies beside it, which is where Payara's own expansion of an archive puts a
 * jar that it has already opened. Our jars and PrimeFaces, which Faces, CDI and JAX-RS look into,
 * are still read.
 */
final class UnpackedWar {

  /** Where in the data folder the unpacked WARs live. */
  static final String FOLDER = "war";

  /** Written last: a folder without it was cut short and is unpacked again. */
  static final String COMPLETE = ".tegn-complete";

  private static final String LIB = "WEB-INF/lib/";
  private static final String PAYARA_WEB_XML = "WEB-INF/payara-web.xml";
  private static final Pattern SCANNING =
      Pattern.compile("<scanning-(exclude|include)>\\s*([^<\\s]+)\\s*</scanning-\\1>");

  private UnpackedWar() {}

  /** The unpacked folder of {@code war} under {@code dataDir}, unpacking it first if need be. */
  static Path prepare(Path war, Path dataDir) throws IOException {
    Path root = dataDir.resolve(FOLDER);
    Path dir;
    try (ZipFile zip = new ZipFile(war.toFile())) {
      dir = root.resolve(folderName(war, zip));
      if (Files.isRegularFile(dir.resolve(COMPLETE))) {
        return dir;
      }
      long unpacking = System.nanoTime();
      Files.createDirectories(root);
      Path work = Files.createTempDirectory(root, dir.getFileName() + ".unpacking-");
      try {
        unpack(zip, work);
        int skipped = markUnscanned(work);
        Files.writeString(work.resolve(COMPLETE), war.toString());
        // one launcher per data folder: a folder of this name without COMPLETE was cut short
        Folders.deleteQuietly(dir);
        Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        Console.say(
            String.format(
                "%s unpacked into %s in %.1f s (%d libraries left out of Payara's class scan)",
                war.getFileName(), dir, (System.nanoTime() - unpacking) / 1e9, skipped));
      } finally {
        Folders.deleteQuietly(work);
      }
    }
    removeOthers(root, dir);
    return dir;
  }

  /** "ROOT-" and a digest of every entry's name, size and CRC: the same WAR, the same folder. */
  static String folderName(Path war, ZipFile zip) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      digest.update(
          (entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
              .getBytes(StandardCharsets.UTF_8));
    }
    String name = war.getFileName().toString().replaceFirst("\\.war$", "");
    return name + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static void unpack(ZipFile zip, Path target) throws IOException {
    Path base = target.toAbsolutePath().normalize();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      Path to = base.resolve(entry.getName()).normalize();
      if (!to.startsWith(base)) {
        throw new IOException("the WAR names a file outside itself: " + entry.getName());
      }
      if (entry.isDirectory()) {
        Files.createDirectories(to);
        continue;
      }
      Files.createDirectories(to.getParent());
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, to);
      }
    }
  }

  /**
   * Places the folder that makes hk2's parser pass over each library that payara-web.xml excludes
   * from scanning (and does not include again); returns how many.
   */
  static int markUnscanned(Path unpacked) throws IOException {
    Path descriptor = unpacked.resolve(PAYARA_WEB_XML);
    Path lib = unpacked.resolve(LIB);
    if (!Files.isRegularFile(descriptor) || !Files.isDirectory(lib)) {
      return 0;
    }
    List<Pattern> excluded = new ArrayList<>();
    List<Pattern> included = new ArrayList<>();
    Matcher m = SCANNING.matcher(Files.readString(descriptor));
    while (m.find()) {
      (m.group(1).equals("exclude") ? excluded : included).add(jarPattern(m.group(2)));
    }
    int marked = 0;
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
        String name = jar.getFileName().toString();
        if (matches(excluded, name) && !matches(included, name)) {
          // the name hk2 looks for: "/" becomes "__" and ".jar" becomes "_jar"
          Files.createDirectories(
              unpacked.resolve((LIB + name).replace("/", "__").replace(".jar", "_jar")));
          marked++;
        }
      }
    }
    return marked;
  }

  /**
   * Payara's own reading of a scanning pattern (its Application.WildcardToRegex): "*" and "?" are
   * wildcards, the rest is taken as a regular expression, the version suffix is optional.
   */
  static Pattern jarPattern(String wildcard) {
    String name = wildcard.replaceAll("(\\?|\\*)", ".$1").replaceFirst("\\.jar$", "");
    return Pattern.compile("^" + name + "(-.*)?\\.jar$", Pattern.CASE_INSENSITIVE);
  }

  private static boolean matches(List<Pattern> patterns, String jarName) {
    return patterns.stream().anyMatch(p -> p.matcher(jarName).matches());
  }

  /** Earlier WARs' folders and unfinished unpackings: only the current WAR is ever deployed. */
  private static void removeOthers(Path root, Path keep) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path other : dirs.filter(d -> !d.equals(keep)).toList()) {
        Folders.deleteQuietly(other);
      }
    }
  }
}
