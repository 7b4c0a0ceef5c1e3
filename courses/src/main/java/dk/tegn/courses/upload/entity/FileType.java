package dk.tegn.courses.upload.entity;

import java.util.Locale;

/** The file types a trainer may upload, recognised by their bytes. */
public enum FileType {
  PNG("image/png", true),
  JPEG("image/jpeg", true),
  GIF("image/gif", true),
  WEBP("image/webp", true),
  PDF("application/pdf", false),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false);

  private final String contentType;
  private final boolean image;

  FileType(String contentType, boolean image) {
    this.contentType = contentType;
    this.image = image;
  }

  public String contentType() {
    return contentType;
  }

  public boolean isImage() {
    return image;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
