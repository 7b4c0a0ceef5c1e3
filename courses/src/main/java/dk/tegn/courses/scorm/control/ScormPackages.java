package dk.tegn.courses.scorm.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.scorm.entity.ScormFile;
import dk.tegn.courses.scorm.entity.ScormManifest;
import dk.tegn.courses.scorm.entity.ScormPackage;
import dk.tegn.courses.scorm.entity.ScormPackageRefused;
import dk.tegn.courses.scorm.entity.ScormProblem;
import dk.tegn.courses.scorm.entity.ScormSco;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A trainer uploads a SCORM 1.2 zip into a SCORM item of their course's draft. The zip is read and
 * checked whole before anything is written; then the package, its SCOs and files are stored in one
 * transaction and the item plays the new package. Trainees of published versions keep theirs.
 */
@ApplicationScoped
@Transactional
public class ScormPackages {

  private static final Logger LOG = Logger.getLogger(ScormPackages.class.getName());

  /** An upload larger than this is refused before it is unpacked (the request limit is 64 MB). */
  public static final int MAX_ZIP_MEGABYTES = 60;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;

  /**
   * @throws ScormPackageRefused with every problem of the package; nothing is stored then
   */
  public ScormPackage upload(long courseId, long itemKey, String fileName, @NotNull byte[] zip) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    CourseItem item = course.item(itemKey);
    if (item.getKind() != ItemKind.SCORM) {
      throw new IllegalArgumentException("item " + itemKey + " is not a SCORM item");
    }
    if (zip.length > MAX_ZIP_MEGABYTES * 1024L * 1024) {
      throw new ScormPackageRefused(
          List.of(ScormProblem.of(ScormPackageReader.ZIP, "zipTooLarge", MAX_ZIP_MEGABYTES)));
    }
    ScormManifest manifest = new ScormPackageReader().read(zip);
    String name = fileName == null || fileName.isBlank() ? "scorm.zip" : baseName(fileName);
    ScormPackage stored =
        new ScormPackage(courseId, name, manifest, caller.accountId(), clock.now());
    em.persist(stored);
    em.flush();
    int position = 0;
    for (ScormManifest.Sco sco : manifest.scos()) {
      em.persist(new ScormSco(stored.getId(), position++, sco));
    }
    for (Map.Entry<String, byte[]> file : manifest.files().entrySet()) {
      ScormFile f = new ScormFile(stored.getId(), file.getKey(), file.getValue());
      em.persist(f);
      // one file at a time: a large package must not sit in the persistence context whole
      em.flush();
      em.detach(f);
    }
    item.playScorm(stored.getId());
    em.flush();
    LOG.info(
        () ->
            "SCORM package "
                + stored.getId()
                + " ("
                + manifest.scos().size()
                + " SCOs, "
                + manifest.files().size()
                + " files) stored for course "
                + courseId);
    return stored;
  }

  /** The id of the package a SCORM item of the course's draft plays, null when none yet. */
  public Long packageOf(long courseId, long itemKey) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    em.refresh(course.item(itemKey));
    return course.item(itemKey).getScormPackageId();
  }

  /** The package's launchable items in table-of-contents order. */
  public List<ScormSco> scos(long packageId) {
    return em.createNamedQuery("ScormSco.findByPackage", ScormSco.class)
        .setParameter("packageId", packageId)
        .getResultList();
  }

  /** The stored package, for the trainer of its course. */
  public ScormPackage find(long packageId) {
    ScormPackage p = em.find(ScormPackage.class, packageId);
    if (p == null) {
      throw new RecordNotFoundException("SCORM package", packageId);
    }
    caller.requireRoleIn(Role.TRAINER, em.find(Course.class, p.getCourseId()).getOrganisationId());
    return p;
  }

  /** A file of a package by its path inside the package; for the content servlet. */
  public Optional<ScormFile> file(long packageId, String path) {
    return em.createNamedQuery("ScormFile.findByPath", ScormFile.class)
        .setParameter("packageId", packageId)
        .setParameter("pathHash", ScormFile.hash(path))
        .getResultStream()
        .findFirst();
  }

  private static String baseName(String fileName) {
    String name = fileName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
