package dk.tegn.courses.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.upload.control.FileSniffer;
import dk.tegn.courses.upload.control.Uploads;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.courses.upload.entity.UploadSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadsTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(1);
  final long courseId =
      kit.as(
          org.trainer(),
          b -> b.get(CourseAuthoring.class).createCourse(org.id(), "da", "Billeder").getId());

  @Test
  void anImageIsStoredWithItsAltTextAndTheTypeItsBytesShow() {
    UploadSummary stored =
        kit.as(
            org.trainer(),
            b -> b.get(Uploads.class).upload(courseId, true, "C:\\fotos\\kort.jpeg", PNG, "Kort"));
    assertEquals(FileType.PNG, stored.type());
    assertEquals("kort.png", stored.fileName());
    assertEquals("![Kort](upload:" + stored.publicKey() + ")", stored.markdown());
    Upload read =
        kit.as(org.trainee(0), b -> b.get(Uploads.class).find(stored.publicKey())).orElseThrow();
    assertArrayEquals(PNG, read.getContent());
    assertEquals(
        1, kit.as(org.trainer(), b -> b.get(Uploads.class).ofCourse(courseId, 0, 10)).size());
  }

  @Test
  void htmlNamedAsAnImageIsRefusedWhateverItsName() {
    byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                kit.as(
                    org.trainer(),
                    b -> b.get(Uploads.class).upload(courseId, true, "kort.png", html, "Kort")));
    assertEquals("courses_rules.uploadType", refused.messageKey());
  }

  @Test
  void anImageWithoutAltTextOrAPdfAsImageIsRefused() {
    assertThrows(
        RuleViolationException.class,
        () ->
            kit.as(
                org.trainer(),
                b -> b.get(Uploads.class).upload(courseId, true, "a.png", PNG, " ")));
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertThrows(
        RuleViolationException.class,
        () ->
            kit.as(
                org.trainer(),
                b -> b.get(Uploads.class).upload(courseId, true, "a.pdf", pdf, "x")));
    UploadSummary attachment =
        kit.as(
            org.trainer(),
            b -> b.get(Uploads.class).upload(courseId, false, "handout.pdf", pdf, null));
    assertEquals("[handout.pdf](upload:" + attachment.publicKey() + ")", attachment.markdown());
  }

  @Test
  void aFileOverTheLimitIsRefused() {
    byte[] big = new byte[Uploads.MAX_MEGABYTES * 1024 * 1024 + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                kit.as(
                    org.trainer(),
                    b -> b.get(Uploads.class).upload(courseId, true, "a.png", big, "x")));
    assertEquals("courses_rules.uploadTooLarge", refused.messageKey());
  }

  @Test
  void onlyTrainersOfTheCourseOrganisationUpload() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                org.trainee(0),
                b -> b.get(Uploads.class).upload(courseId, true, "a.png", PNG, "x")));
  }

  @Test
  void officeFilesAreRecognisedOnlyWhenTheArchiveIsOfficeOpenXml() throws IOException {
    assertEquals(
        FileType.DOCX, FileSniffer.sniff(zip("[Content_Types].xml"), "a.docx").orElseThrow());
    assertTrue(FileSniffer.sniff(zip("evil.html"), "a.docx").isEmpty());
    assertTrue(FileSniffer.sniff(zip("[Content_Types].xml"), "a.zip").isEmpty());
  }

  private static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("x".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
