package dk.tegn.courses.certificate.control;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A certificate as a file: a name the holder recognises in their downloads folder (course, holder,
 * date of issue) and the PDF.
 */
public record CertificateFile(String fileName, byte[] pdf) {

  /**
   * e.g. "genkend-menneskehandel-politiet_kadet-05_2026-12-05.pdf": plain ASCII for every system.
   */
  static String name(String courseTitle, String holderName, Instant issuedAt, ZoneId zone) {
    return slug(courseTitle)
        + "_"
        + slug(holderName)
        + "_"
        + LocalDate.ofInstant(issuedAt, zone)
        + ".pdf";
  }

  static String slug(String text) {
    String danish =
        text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "certificate" : slug.substring(0, Math.min(60, slug.length()));
  }
}
