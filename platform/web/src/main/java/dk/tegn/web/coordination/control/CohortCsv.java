package dk.tegn.web.coordination.control;

import dk.tegn.web.coordination.entity.Cohort;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people file of a cohort import: UTF-8 CSV with the columns name, e-mail, cohort (comma
 * or semicolon separated, as spreadsheet programs save it; an optional header line). Checks each
 * row on its own and reports every bad row with its line number.
 */
public final class CohortCsv {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_ROWS = 10_000;
  static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s\"<>,;]{1,64}@[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+");

  private CohortCsv() {}

  /** A readable row. */
  public record Row(long line, String name, String email, String cohort) {}

  /** What is wrong with a line; {@code reason} is a PlatformMessages key. */
  public record Problem(long line, String reason, String value) {}

  public record Parsed(List<Row> rows, List<Problem> problems) {}

  public static Parsed parse(byte[] content) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (content.length > MAX_BYTES) {
      problems.add(new Problem(0, "coordination_import.reason.tooLarge", null));
      return new Parsed(rows, problems);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(0, "coordination_import.reason.notUtf8", null));
      return new Parsed(rows, problems);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = delimiterOf(text);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    Map<String, Long> seen = new HashMap<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean first = true;
      while (true) {
        long line;
        CSVRecord record;
        try {
          line = parser.getCurrentLineNumber() + 1;
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException malformed) {
          problems.add(
              new Problem(
                  parser.getCurrentLineNumber() + 1, "coordination_import.reason.malformed", null));
          break;
        }
        if (first && isHeader(record)) {
          first = false;
          continue;
        }
        first = false;
        if (rows.size() + problems.size() >= MAX_ROWS) {
          problems.add(new Problem(line, "coordination_import.reason.tooManyRows", null));
          break;
        }
        check(record, line, rows, problems, seen);
      }
    } catch (IOException e) {
      problems.add(new Problem(0, "coordination_import.reason.malformed", null));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(0, "coordination_import.reason.empty", null));
    }
    return new Parsed(rows, problems);
  }

  private static void check(
      CSVRecord record, long line, List<Row> rows, List<Problem> problems, Map<String, Long> seen) {
    if (record.size() != 3) {
      problems.add(
          new Problem(line, "coordination_import.reason.columns", String.valueOf(record.size())));
      return;
    }
    String name = record.get(0);
    String email = record.get(1).toLowerCase(Locale.ROOT);
    String cohort = record.get(2);
    int before = problems.size();
    if (name.isEmpty()) {
      problems.add(new Problem(line, "coordination_import.reason.nameMissing", null));
    } else if (name.length() > 200) {
      problems.add(new Problem(line, "coordination_import.reason.nameTooLong", null));
    }
    if (email.isEmpty()) {
      problems.add(new Problem(line, "coordination_import.reason.emailMissing", null));
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(new Problem(line, "coordination_import.reason.emailInvalid", email));
    }
    if (cohort.isEmpty()) {
      problems.add(new Problem(line, "coordination_import.reason.cohortMissing", null));
    } else if (cohort.length() > Cohort.MAX_NAME) {
      problems.add(new Problem(line, "coordination_import.reason.cohortTooLong", null));
    }
    if (problems.size() > before) {
      return;
    }
    String key = email + "\n" + cohort;
    Long earlier = seen.putIfAbsent(key, line);
    if (earlier != null) {
      problems.add(
          new Problem(line, "coordination_import.reason.duplicate", String.valueOf(earlier)));
      return;
    }
    rows.add(new Row(line, name, email, cohort));
  }

  private static boolean isHeader(CSVRecord record) {
    if (record.size() != 3) {
      return false;
    }
    String second = record.get(1).toLowerCase(Locale.ROOT);
    return !second.contains("@")
        && (second.startsWith("e-mail") || second.startsWith("email") || second.equals("mail"));
  }

  /** Danish spreadsheet programs save with semicolons; the first line tells. */
  static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    long semicolons = firstLine.chars().filter(c -> c == ';').count();
    long commas = firstLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}
