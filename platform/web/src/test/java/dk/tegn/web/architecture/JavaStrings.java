package dk.tegn.web.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, with literals joined by {@code +} read as one (a query
 * built over several lines), and comments and character literals skipped.
 */
final class JavaStrings {

  private JavaStrings() {}

  static List<String> literals(String source) {
    List<String> found = new ArrayList<>();
    StringBuilder current = null; // the literal being joined, until code other than + follows
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = end(source, source.indexOf('\n', i), n);
      } else if (source.startsWith("/*", i)) {
        i = end(source, source.indexOf("*/", i + 2), n - 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int close = source.indexOf("\"\"\"", i + 3);
        current = append(current, source.substring(i + 3, end(source, close, n)));
        i = end(source, close, n - 3) + 3;
      } else if (c == '"') {
        int j = i + 1;
        while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        current = append(current, source.substring(i + 1, Math.min(j, n)));
        i = j + 1;
      } else if (c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != '\'') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else {
        if (current != null && c != '+' && !Character.isWhitespace(c)) {
          found.add(current.toString());
          current = null;
        }
        i++;
      }
    }
    if (current != null) {
      found.add(current.toString());
    }
    return found;
  }

  private static StringBuilder append(StringBuilder current, String text) {
    return current == null ? new StringBuilder(text) : current.append(text);
  }

  private static int end(String source, int index, int fallback) {
    return index < 0 ? fallback : index;
  }
}
