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
}
