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
 * Runs ops/production/hardening.asadmin (packed into this jar) before Payara Micro boots, so the
 * embedded default answers like production where Tegn does not see the request: no HTML error
 * report naming Payara, no Server header.
 */
final class Hardening {

  private static final String FILE = "hardening.asadmin";

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

  /** The file's commands: every line that is neither blank nor a comment. */
  static List<String> commands() {
    try (InputStream in = Hardening.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the launcher");
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
