package dk.tegn.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log shows what happened in the viewer's language (issue 17 saw "account.create" in
 * Danish): every action code written as a literal where an action is audited has a label in both
 * languages. A code passed through a variable is missed here and shows as itself on the page.
 */
class AuditLabelsTest {

  /** Literal action codes: audit.record(actor, "code", …), allowed("code", …), ACTION = "code". */
  static final Pattern ACTION =
      Pattern.compile(
          "(?:\\.record\\(\\s*[^,;]+?,\\s*|\\ballowed\\(\\s*|\\bACTION\\s*=\\s*)"
              + "\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*)\"");

  @Test
  void everyAuditedActionHasALabelInDanishAndEnglish() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("../.."))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/main/java/"))
          .forEach(f -> codes.addAll(actionsIn(f)));
    }
    assertTrue(codes.size() > 50, "the scan found the codes: " + codes);
    Set<String> missing = new TreeSet<>();
    for (String code : codes) {
      for (String language : new String[] {"da", "en"}) {
        String key = "audit.action." + code;
        if (Messages.getOr(Messages.PLATFORM, Locale.forLanguageTag(language), key, null) == null) {
          missing.add(language + ": " + key);
        }
      }
    }
    assertEquals(Set.of(), missing, "add these to PlatformMessages_da/en");
  }

  private static Set<String> actionsIn(Path file) {
    Set<String> found = new TreeSet<>();
    try {
      Matcher m = ACTION.matcher(Files.readString(file));
      while (m.find()) {
        found.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
