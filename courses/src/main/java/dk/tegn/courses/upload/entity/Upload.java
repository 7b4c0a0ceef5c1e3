package dk.tegn.courses.upload.entity;

import dk.tegn.core.security.RandomCodes;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An image or attachment of a course, kept in the database so every node of a cluster serves it. It
 * is addressed by a random key, never by its id, and never changes once stored (so it may be cached
 * for long).
 */
@Entity
@Table(name = "crs_upload")
@NamedQuery(name = "Upload.findByKey", query = "select u from Upload u where u.publicKey = :key")
@NamedQuery(
    name = "Upload.findByCourse",
    query =
        "select new dk.tegn.courses.upload.entity.UploadSummary(u.publicKey, u.type, u.fileName,"
            + " u.altText, u.size, u.createdAt) from Upload u where u.courseId = :courseId"
            + " order by u.createdAt desc, u.id desc")
public class Upload {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_key", nullable = false, updatable = false)
  private String publicKey;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private FileType type;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "alt_text", updatable = false)
  private String altText;

  @Column(nullable = false, updatable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Upload() {}

  public Upload(
      long courseId,
      FileType type,
      String fileName,
      String altText,
      byte[] content,
      long createdBy,
      Instant createdAt) {
    this.publicKey = newKey();
    this.courseId = courseId;
    this.type = Objects.requireNonNull(type);
    this.fileName = Objects.requireNonNull(fileName);
    this.altText = altText;
    this.content = content.clone();
    this.size = content.length;
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** 128 random bits, URL-safe. */
  private static String newKey() {
    return RandomCodes.urlSafe(16);
  }

  public UploadSummary summary() {
    return new UploadSummary(publicKey, type, fileName, altText, size, createdAt);
  }

  public Long getId() {
    return id;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public long getCourseId() {
    return courseId;
  }

  public FileType getType() {
    return type;
  }

  public String getFileName() {
    return fileName;
  }

  public String getAltText() {
    return altText;
  }

  public int getSize() {
    return size;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
