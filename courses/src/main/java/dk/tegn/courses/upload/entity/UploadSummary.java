package dk.tegn.courses.upload.entity;

import java.time.Instant;

/** An upload as the editor lists it: without its bytes. */
public record UploadSummary(
    String publicKey, FileType type, String fileName, String altText, int size, Instant createdAt) {

  /** How the author refers to this file in Markdown. */
  public String markdown() {
    String target = "upload:" + publicKey;
    return type.isImage()
        ? "![" + altText.replace("]", "") + "](" + target + ")"
        : "[" + fileName.replace("]", "") + "](" + target + ")";
  }
}
