package dk.tegn.web.architecture;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every place where today's code crosses a module line, as "rule | file | what it names". The list
 * only shrinks: a new crossing fails its rule, and so does an entry here that no longer exists
 * (delete it when the debt is paid).
 */
final class KnownDebt {

  /** Empty since 2026-12-06: every crossing found so far is paid. */
  static final List<String> ENTRIES = List.of();

  private KnownDebt() {}

  static void assertMatches(String rule, Set<String> found) {
    Set<String> known = new TreeSet<>();
    for (String entry : ENTRIES) {
      if (entry.startsWith(rule + " | ")) {
        known.add(entry.substring(rule.length() + 3));
      }
    }
    Set<String> added = new TreeSet<>(found);
    added.removeAll(known);
    Set<String> paid = new TreeSet<>(known);
    paid.removeAll(found);
    StringBuilder report = new StringBuilder();
    if (!added.isEmpty()) {
      report
          .append("New crossings of a module line (keep to the module's own; rule '")
          .append(rule)
          .append("'):\n");
      added.forEach(
          v -> report.append("  \"").append(rule).append(" | ").append(v).append("\",\n"));
    }
    if (!paid.isEmpty()) {
      report.append("Known debt that no longer exists (delete these entries from KnownDebt):\n");
      paid.forEach(v -> report.append("  \"").append(rule).append(" | ").append(v).append("\",\n"));
    }
    if (report.length() > 0) {
      fail(report.toString());
    }
  }
}
