package dk.tegn.courses.upload.control;

import dk.tegn.courses.upload.entity.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type from its first bytes, never from the name or the browser's Content-Type
 * alone, so an HTML or SVG file renamed to .png is refused. Office files are zip archives; for
 * those the name's extension picks which one, once the archive proves to be Office Open XML.
 */
public final class FileSniffer {

  private FileSniffer() {}

  public static Optional<FileType> sniff(byte[] bytes, String fileName) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(FileType.PNG);
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a')
        || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(FileType.GIF);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(FileType.WEBP);
    }
    if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(bytes, 0, 'P', 'K', 3, 4) && isOfficeOpenXml(bytes)) {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      return Arrays.stream(new FileType[] {FileType.DOCX, FileType.XLSX, FileType.PPTX})
          .filter(t -> name.endsWith("." + t.extension()))
          .findFirst();
    }
    return Optional.empty();
  }

  private static boolean isOfficeOpenXml(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if ("[Content_Types].xml".equals(e.getName())) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int offset, int... magic) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
