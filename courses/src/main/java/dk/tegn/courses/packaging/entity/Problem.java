package dk.tegn.courses.packaging.entity;

/**
 * One thing wrong with a package: the file (a path inside the package), the line (1-based, 0 when
 * the problem is the file as a whole) and what is wrong.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

  public static Problem of(String file, String message) {
    return new Problem(file, 0, message);
  }

  @Override
  public int compareTo(Problem o) {
    int byFile = file.compareTo(o.file);
    return byFile != 0 ? byFile : Integer.compare(line, o.line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
