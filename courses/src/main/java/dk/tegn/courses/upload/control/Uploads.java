package dk.tegn.courses.upload.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.courses.upload.entity.UploadSummary;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Accepts a trainer's image or attachment for a course: at most {@link #MAX_MEGABYTES} MB, of a
 * type recognised from its bytes, and for an image only with a description for screen readers.
 */
@ApplicationScoped
@Transactional
public class Uploads {

  public static final int MAX_MEGABYTES = 8;
  private static final int MAX_FILE_NAME = 200;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;

  /**
   * @param image true when the trainer uploads an image to show, false for a file to download
   */
  public UploadSummary upload(
      long courseId,
      boolean image,
      @NotBlank String fileName,
      @NotNull byte[] content,
      String altText) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    if (content.length > MAX_MEGABYTES * 1024 * 1024) {
      throw rule("uploadTooLarge", MAX_MEGABYTES);
    }
    FileType type = FileSniffer.sniff(content, fileName).orElseThrow(() -> rule("uploadType"));
    if (image && !type.isImage()) {
      throw rule("uploadNotImage");
    }
    String alt = altText == null ? "" : altText.strip();
    if (image && alt.isEmpty()) {
      throw rule("altRequired");
    }
    Upload upload =
        new Upload(
            courseId,
            type,
            safeName(fileName, type),
            image ? alt : null,
            content,
            caller.accountId(),
            clock.now());
    em.persist(upload);
    return upload.summary();
  }

  public List<UploadSummary> ofCourse(long courseId, @Min(0) int first, @Min(1) @Max(500) int max) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    return em.createNamedQuery("Upload.findByCourse", UploadSummary.class)
        .setParameter("courseId", courseId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** A file by its key, for serving; the key is random and only appears in course content. */
  public Optional<Upload> find(String key) {
    return em.createNamedQuery("Upload.findByKey", Upload.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** The name without folders or control characters, ending in the type's own extension. */
  static String safeName(String fileName, FileType type) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (stem.isBlank()) {
      stem = "file";
    }
    String ext = "." + (type == FileType.JPEG ? "jpg" : type.extension());
    return stem.substring(0, Math.min(stem.length(), MAX_FILE_NAME - ext.length())) + ext;
  }

  private static RuleViolationException rule(String key, Object... args) {
    return new RuleViolationException(Messages.COURSES, "courses_rules." + key, args);
  }
}
