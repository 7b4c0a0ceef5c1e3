package dk.tegn.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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
    return write(headers, rows, Locale.ENGLISH);
  }

  /**
   * For the reader's spreadsheet: where the decimal mark is a comma (Danish), fields are separated
   * by semicolons, as Excel there expects, and numbers with a fraction are written with the
   * locale's decimal mark, rounded to two places.
   */
  public static byte[] write(List<String> headers, List<List<Object>> rows, Locale locale) {
    char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    CSVFormat format =
        decimal == ',' ? CSVFormat.RFC4180.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    numbers.setGroupingUsed(false);
    numbers.setMaximumFractionDigits(2);
    numbers.setRoundingMode(RoundingMode.HALF_UP);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      writer.write('\uFEFF');
      printer.printRecord(headers.stream().map(Csv::defuse).toList());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(v -> cell(v, numbers)).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Object cell(Object value, NumberFormat numbers) {
    if (value instanceof String s) {
      return defuse(s);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return numbers.format(value);
    }
    return value;
  }

  /** Text starting like a formula gets a leading apostrophe, which spreadsheets show as text. */
  static String defuse(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
