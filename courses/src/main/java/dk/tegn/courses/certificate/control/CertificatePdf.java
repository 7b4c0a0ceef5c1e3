package dk.tegn.courses.certificate.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Draws a certificate on one A4 landscape page in the holder's language. The font is embedded
 * (Liberation Sans, shipped with OpenPDF) so names in any Latin, Greek or Cyrillic script print.
 */
final class CertificatePdf {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

  private CertificatePdf() {}

  static byte[] render(
      Certificate certificate,
      String holderName,
      String organisationName,
      String courseTitle,
      String verifyUrl,
      Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(document, out);
      BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      document.addTitle(text(locale, "title"));
      document.open();
      add(document, text(locale, "title"), new Font(base, 30), 30);
      add(document, text(locale, "certifies"), new Font(base, 14), 16);
      add(document, holderName, new Font(base, 26), 6);
      add(document, organisationName, new Font(base, 14), 20);
      add(document, text(locale, "completed"), new Font(base, 14), 10);
      add(document, courseTitle, new Font(base, 22), 6);
      add(
          document,
          text(locale, "version", certificate.getVersionNumber()),
          new Font(base, 12),
          24);
      Font small = new Font(base, 12);
      add(document, text(locale, "issued", date(certificate.getIssuedAt(), locale)), small, 4);
      add(
          document,
          certificate.getExpiresAt() == null
              ? text(locale, "neverExpires")
              : text(locale, "expires", date(certificate.getExpiresAt(), locale)),
          small,
          24);
      add(document, text(locale, "code", certificate.getCode()), new Font(base, 14), 4);
      add(document, text(locale, "verifyAt", verifyUrl), small, 0);
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("certificate font missing", e);
    }
    return out.toByteArray();
  }

  private static void add(Document document, String text, Font font, float spacingAfter) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(spacingAfter);
    document.add(p);
  }

  static String date(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .format(instant.atZone(ZoneOffset.UTC));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.get(Messages.COURSES, locale, "courses_certificate_pdf." + key, args);
  }
}
