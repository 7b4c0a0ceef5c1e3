package dk.tegn.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tegn's one CSV writer (Apache Commons CSV, RFC 4180): UTF-8 with a byte order mark, so
 * spreadsheet programs read the Danish letters, and text that a spreadsheet would run as a formula
 * defused.
 */
public final class Csv {

  private Csv() {}

  public static byte[] write(List<String> headers, List<List<Object>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      printer.printRecord(headers.stream().map(Csv::defuse).toList());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(v -> v instanceof String s ? defuse(s) : v).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Text starting like a formula gets a leading apostrophe, which spreadsheets show as text. */
  static String defuse(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
