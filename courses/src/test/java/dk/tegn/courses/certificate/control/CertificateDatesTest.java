package dk.tegn.courses.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.core.time.ViewerZone;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A certificate is dated as its holder reads dates, not in UTC. */
class CertificateDatesTest {

  // 00:30 on 5 December in Copenhagen, still 4 December in UTC and in New York
  private static final Instant ISSUED = Instant.parse("2026-12-04T23:30:00Z");

  @Test
  void theFileAndThePageCarryTheHoldersDay() {
    assertEquals(
        "kursus_kadet-05_2026-12-05.pdf",
        CertificateFile.name("Kursus", "Kadet 05", ISSUED, ViewerZone.DEFAULT));
    assertEquals(
        "kursus_kadet-05_2026-12-04.pdf",
        CertificateFile.name("Kursus", "Kadet 05", ISSUED, ZoneId.of("America/New_York")));
    assertEquals(
        "5. december 2026",
        CertificatePdf.date(ISSUED, Locale.forLanguageTag("da"), ViewerZone.DEFAULT));
    assertEquals(
        "December 4, 2026",
        CertificatePdf.date(ISSUED, Locale.ENGLISH, ZoneId.of("America/New_York")));
  }
}
