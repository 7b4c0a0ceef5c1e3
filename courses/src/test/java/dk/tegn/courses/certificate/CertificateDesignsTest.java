package dk.tegn.courses.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.certificate.control.CertificateDesigns;
import dk.tegn.courses.certificate.control.CertificateDesigns.Picture;
import dk.tegn.courses.certificate.entity.CertificateDesign;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A trainer sets their organisation's certificate design; a picture that cannot be used refuses
 * all.
 */
class CertificateDesignsTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(1);

  @Test
  void aTrainerSetsTheDesignAndTheSampleCertificatePrintsIt() throws Exception {
    byte[] logo = png(300, 120);
    save("Lene Holm", "Leder, Center mod Menneskehandel", new Picture(logo, "logo.png"), null);

    CertificateDesign design = mine().orElseThrow();
    assertEquals("Lene Holm", design.getSignatoryName());
    assertArrayEquals(logo, design.getLogo());
    assertNull(design.getSignature());

    byte[] sample =
        kit.as(
            org.trainer(),
            b -> b.get(CertificateDesigns.class).preview(Locale.ENGLISH, "http://x/verify/"));
    String text = new PdfTextExtractor(new PdfReader(sample)).getTextFromPage(1);
    assertTrue(text.contains("Lene Holm"), text);
    assertTrue(text.contains("Leder, Center mod Menneskehandel"), text);
    assertTrue(text.contains("Name of the holder"), text);
    assertEquals(1, new PdfReader(sample).getNumberOfPages(), "the design never runs over a page");

    save("Lene Holm", "", Picture.REMOVE, new Picture(png(200, 60), "underskrift.png"));
    design = mine().orElseThrow();
    assertNull(design.getLogo());
    assertNull(design.getSignatoryTitle(), "a blank title is left off");
    assertTrue(design.getSignature().length > 0);
  }

  @Test
  void aPictureThatIsNotAPngOrJpegRefusesTheWholeChange() {
    save("Lene Holm", null, null, null);
    byte[] html = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> save("Someone Else", null, new Picture(html, "logo.png"), null));
    assertEquals("courses_rules.designImageType", refused.messageKey());
    assertEquals("Lene Holm", mine().orElseThrow().getSignatoryName(), "nothing changed");

    byte[] huge = new byte[CertificateDesigns.MAX_IMAGE_BYTES + 1];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    huge[2] = (byte) 0xFF;
    assertEquals(
        "courses_rules.designImageTooLarge",
        assertThrows(
                RuleViolationException.class,
                () -> save("Lene Holm", null, null, new Picture(huge, "s.jpg")))
            .messageKey());
  }

  @Test
  void onlyATrainerOfTheOrganisationDesignsItsCertificates() {
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(org.trainee(0), b -> b.get(CertificateDesigns.class).mine()));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                org.coordinator(),
                b -> {
                  b.get(CertificateDesigns.class).save("X", null, null, null);
                  return null;
                }));
  }

  private void save(String name, String title, Picture logo, Picture signature) {
    kit.as(
        org.trainer(),
        b -> {
          b.get(CertificateDesigns.class).save(name, title, logo, signature);
          return null;
        });
  }

  private java.util.Optional<CertificateDesign> mine() {
    return kit.as(org.trainer(), b -> b.get(CertificateDesigns.class).mine());
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(10, 10, width - 20, height - 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
