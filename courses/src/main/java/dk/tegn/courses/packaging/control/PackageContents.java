package dk.tegn.courses.packaging.control;

import dk.tegn.courses.packaging.entity.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers of one package share: its files, which of them something read (the rest are
 * reported as unknown), and the problems found so far.
 */
final class PackageContents {

  private final Map<String, byte[]> files;
  private final Set<String> used = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();

  PackageContents(Map<String, byte[]> files) {
    this.files = files;
  }

  boolean has(String path) {
    return files.containsKey(path);
  }

  Set<String> paths() {
    return files.keySet();
  }

  Map<String, byte[]> files() {
    return files;
  }

  /**
   * The file's text, marked as read; null when the package has no such file. A file that is not
   * UTF-8 is reported (once, however often it is read).
   */
  String read(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      return null;
    }
    used.add(path);
    return decode(path, bytes);
  }

  void markRead(String path) {
    used.add(path);
  }

  boolean wasRead(String path) {
    return used.contains(path);
  }

  /** A problem at {@code line} (0: the file as a whole), its text {@code package.problem.<key>}. */
  void add(String file, int line, String key, Object... arguments) {
    problems.add(Problem.at(file, line, key, arguments));
  }

  /** Every problem once, by file and line. */
  List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(null);
    return sorted;
  }

  private String decode(String path, byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      add(path, 0, "notUtf8");
    }
    String text = PackageReader.text(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
