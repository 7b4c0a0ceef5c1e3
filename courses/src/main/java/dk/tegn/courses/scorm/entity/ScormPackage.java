package dk.tegn.courses.scorm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded SCORM 1.2 package of a course. Never changed once stored: a new upload is a new
 * package, so a published version keeps pointing at the package its trainees started.
 */
@Entity
@Table(name = "crs_scorm_package")
public class ScormPackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(name = "file_count", nullable = false, updatable = false)
  private int fileCount;

  @Column(name = "total_bytes", nullable = false, updatable = false)
  private long totalBytes;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ScormPackage() {}

  public ScormPackage(
      long courseId, String fileName, ScormManifest manifest, long createdBy, Instant createdAt) {
    this.courseId = courseId;
    this.fileName = cut(fileName, 200);
    this.title = cut(manifest.title(), 500);
    this.fileCount = manifest.files().size();
    this.totalBytes = manifest.totalBytes();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getTitle() {
    return title;
  }

  public int getFileCount() {
    return fileCount;
  }

  public long getTotalBytes() {
    return totalBytes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
