package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.Cohort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
    Map<String, Long> seen = new HashMap<>();
    List<Fields> records;
    try {
      records = records(text, delimiterOf(text));
    } catch (Malformed malformed) {
      problems.add(new Problem(malformed.line, "coordination_import.reason.malformed", null));
      records = malformed.before;
    }
    boolean first = true;
    for (Fields record : records) {
      if (record.values().size() == 1 && record.values().get(0).isEmpty()) {
        continue;
      }
      if (first && isHeader(record.values())) {
        first = false;
        continue;
      }
      first = false;
      if (rows.size() + problems.size() >= MAX_ROWS) {
        problems.add(new Problem(record.line(), "coordination_import.reason.tooManyRows", null));
        break;
      }
      check(record.values(), record.line(), rows, problems, seen);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(0, "coordination_import.reason.empty", null));
    }
    return new Parsed(rows, problems);
  }

  /** One record of the file (trimmed values) and the line it starts on. */
  record Fields(long line, List<String> values) {}

  /** A record Commons CSV could not read; the records before it were read. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final transient List<Fields> before;

    Malformed(long line, List<Fields> before, Throwable cause) {
      super("unreadable record from line " + line, cause, false, false);
      this.line = line;
      this.before = before;
    }
  }

  /**
   * RFC 4180 records read by Commons CSV (fields in quotation marks may hold the delimiter, line
   * breaks and doubled quotation marks), each with the line of the file it starts on.
   */
  static List<Fields> records(String text, char delimiter) throws Malformed {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    LineStarts lines = new LineStarts(text);
    List<Fields> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (true) {
        long next = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          record = iterator.next();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
          throw new Malformed(next, records, unreadable);
        }
        records.add(new Fields(lines.lineOf(record.getCharacterPosition()), record.toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * Where each line of a text starts, so a record's character position gives its line. The parser
   * gives the position where it began reading, before the empty lines and spaces it skipped.
   */
  private static final class LineStarts {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineStarts(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    long lineOf(long position) {
      int at = (int) position;
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      int found = Collections.binarySearch(starts, at);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }

  private static void check(
      List<String> record,
      long line,
      List<Row> rows,
      List<Problem> problems,
      Map<String, Long> seen) {
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

  private static boolean isHeader(List<String> record) {
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
