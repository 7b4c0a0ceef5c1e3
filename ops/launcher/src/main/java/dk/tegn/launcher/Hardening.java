package dk.tegn.launcher;

import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.boot.AdminCommandRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Runs ops/production/hardening.asadmin and single-instance.asadmin (packed into this jar) before
 * Payara Micro boots, so the embedded default answers like production where Tegn does not see the
 * request (no HTML error report naming Payara, no Server header) and, being one instance, keeps its
 * sessions in memory instead of storing them again after every request; then the launcher's own
 * no-data-grid.asadmin, which leaves out the data grid that only a cluster needs.
 */
final class Hardening {

  private static final List<String> FILES =
      List.of("hardening.asadmin", "single-instance.asadmin", "no-data-grid.asadmin");

  private Hardening() {}

  static void apply(AdminCommandRunner runner) {
    for (String line : commands()) {
      String[] words = line.trim().split("\\s+");
      ClusterCommandResult result =
          runner.run(words[0], Arrays.copyOfRange(words, 1, words.length));
      if (result.getExitStatus() != ClusterCommandResult.ExitStatus.SUCCESS) {
        // a setting Payara refused leaves its default, which is safe to run with: say so
        Console.say("hardening command refused: " + line + " (" + result.getOutput().trim() + ")");
      }
    }
  }

  /** The files' commands: every line that is neither blank nor a comment. */
  static List<String> commands() {
    return FILES.stream().flatMap(file -> commands(file).stream()).toList();
  }

  private static List<String> commands(String file) {
    try (InputStream in = Hardening.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the launcher");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
