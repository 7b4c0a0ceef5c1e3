package dk.tegn.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void writesRfc4180WithAByteOrderMarkAndDefusedFormulas() {
    byte[] csv =
        Csv.write(
            List.of("navn", "=tal"),
            List.of(
                List.of("Søren \"Ø\" Ås", 3),
                List.of("=HYPERLINK(\"x\")", LocalDate.of(2026, 1, 2)),
                List.of("a,b", -4)));
    assertEquals(
        "\uFEFFnavn,'=tal\r\n"
            + "\"Søren \"\"Ø\"\" Ås\",3\r\n"
            + "\"'=HYPERLINK(\"\"x\"\")\",2026-01-02\r\n"
            + "\"a,b\",-4\r\n",
        new String(csv, StandardCharsets.UTF_8));
  }

  @Test
  void danishSpreadsheetsGetSemicolonsAndDecimalCommasRoundedToTwoPlaces() {
    List<List<Object>> rows =
        List.of(
            List.of("Kursus; del 1", 80.0, 2.0 / 3),
            List.of("B", 12, new java.math.BigDecimal("1.005")));
    assertEquals(
        "\uFEFFnavn;andel;snit\r\n\"Kursus; del 1\";80;0,67\r\nB;12;1,01\r\n",
        new String(
            Csv.write(
                List.of("navn", "andel", "snit"), rows, java.util.Locale.forLanguageTag("da")),
            StandardCharsets.UTF_8));
    assertEquals(
        "\uFEFFname,share,mean\r\nKursus; del 1,80,0.67\r\nB,12,1.01\r\n",
        new String(
            Csv.write(List.of("name", "share", "mean"), rows, java.util.Locale.ENGLISH),
            StandardCharsets.UTF_8));
  }
}
