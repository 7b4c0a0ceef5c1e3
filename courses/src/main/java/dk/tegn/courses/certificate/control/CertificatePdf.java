package dk.tegn.courses.certificate.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.certificate.entity.CertificateDesign;
import dk.tegn.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Draws a certificate on one A4 landscape page in the holder's language. The font is embedded
 * (Liberation Sans, shipped with OpenPDF) so names in any Latin, Greek or Cyrillic script print.
 * The issuing organisation's design adds its logo in the top left corner and the signature block in
 * the bottom right, both placed apart from the centred text so the page never runs over.
 */
final class CertificatePdf {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Rectangle PAGE = PageSize.A4.rotate();
  private static final float MARGIN = 60;

  private CertificatePdf() {}

  static byte[] render(
      Certificate certificate,
      String holderName,
      String organisationName,
      String courseTitle,
      String verifyUrl,
      Locale locale,
      ZoneId zone,
      CertificateDesign design) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      document.addTitle(text(locale, "title"));
      document.open();
      if (design != null) {
        drawDesign(document, writer.getDirectContent(), design, base);
      }
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
      add(
          document,
          text(locale, "issued", date(certificate.getIssuedAt(), locale, zone)),
          small,
          4);
      add(
          document,
          certificate.getExpiresAt() == null
              ? text(locale, "neverExpires")
              : text(locale, "expires", date(certificate.getExpiresAt(), locale, zone)),
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

  /** The logo top left (at most 150 × 60 pt), the signature block bottom right (200 pt wide). */
  private static void drawDesign(
      Document document, PdfContentByte canvas, CertificateDesign design, BaseFont base)
      throws IOException {
    if (design.getLogo() != null) {
      Image logo = Image.getInstance(design.getLogo());
      logo.scaleToFit(150, 60);
      logo.setAbsolutePosition(MARGIN, PAGE.getHeight() - MARGIN - logo.getScaledHeight());
      document.add(logo);
    }
    float centre = PAGE.getWidth() - MARGIN - 100;
    float y = MARGIN;
    if (design.getSignatoryTitle() != null) {
      line(canvas, design.getSignatoryTitle(), new Font(base, 10), centre, y);
      y += 13;
    }
    if (design.getSignatoryName() != null) {
      line(canvas, design.getSignatoryName(), new Font(base, 12), centre, y);
      y += 16;
    }
    if (design.getSignature() != null) {
      Image signature = Image.getInstance(design.getSignature());
      signature.scaleToFit(180, 40);
      signature.setAbsolutePosition(centre - signature.getScaledWidth() / 2, y);
      document.add(signature);
    }
  }

  private static void line(PdfContentByte canvas, String text, Font font, float x, float y) {
    ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, font), x, y, 0);
  }

  /** Whether the PDF library can draw the picture (a checked upload, before it is kept). */
  static boolean drawable(byte[] image) {
    try {
      Image read = Image.getInstance(image);
      return read.getWidth() > 0 && read.getHeight() > 0;
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  private static void add(Document document, String text, Font font, float spacingAfter) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(spacingAfter);
    document.add(p);
  }

  /** A day as the holder reads it: in their zone (a certificate issued at 00:30 in Copenhagen). */
  static String date(Instant instant, Locale locale, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .format(instant.atZone(zone));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Messages.get(Messages.COURSES, locale, "courses_certificate_pdf." + key, args);
  }
}
