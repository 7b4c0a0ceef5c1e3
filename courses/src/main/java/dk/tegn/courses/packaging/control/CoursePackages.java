package dk.tegn.courses.packaging.control;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.version.control.Publishing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What a trainer does with course packages: import one as a new course of an organisation they
 * train in, import one over the draft of a course of theirs (optionally publishing it as the next
 * version at once), and export a course. An import happens in one transaction: a package with any
 * problem changes nothing.
 */
@ApplicationScoped
@Transactional
public class CoursePackages {

  private static final Logger LOG = Logger.getLogger(CoursePackages.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject BankTransfer banks;
  @Inject QuizFacts quizFacts;
  @Inject Publishing publishing;
  @Inject AuditLog audit;

  /** What an import made. */
  public record Imported(long courseId, int modules, int items, int publishedVersion) {}

  /**
   * @throws dk.tegn.courses.packaging.entity.PackageException naming every problem; then nothing
   *     was imported
   */
  public Imported importAsNewCourse(@NotNull Map<String, byte[]> files, long organisationId) {
    caller.requireRoleIn(Role.TRAINER, organisationId);
    Course course = importer().asNewCourse(files, organisationId, caller.accountId());
    return done("course.package.import", course);
  }

  /**
   * Replaces the draft of a course with the package. Modules and items the package names by the
   * keys an export gave them keep their identity, so trainees keep their progress on them.
   *
   * @param publishNote when not null, the draft is published at once as the next version
   */
  public Imported importAsNewDraft(
      @NotNull Map<String, byte[]> files, long courseId, @Size(max = 2000) String publishNote) {
    Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    importer().intoDraft(files, course, caller.accountId());
    if (publishNote != null) {
      publishing.publish(courseId, publishNote, false);
    }
    return done("course.package.update", course);
  }

  /** The course's draft as package files (see PACKAGES.md). */
  public Map<String, byte[]> export(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    Map<String, byte[]> files =
        PackageWriter.write(new PackageExport(em, quizFacts, banks::export).export(course));
    audit.record(caller.accountId(), "course.package.export", "course", courseId, Outcome.ALLOWED);
    return files;
  }

  /** The problems a package has on its own, without looking at the platform's banks. */
  public static List<Problem> check(Map<String, byte[]> files) {
    return PackageReader.read(files, null, true).problems();
  }

  private PackageImport importer() {
    return new PackageImport(em, quizFacts, clock.now(), banks::importBank);
  }

  private Imported done(String action, Course course) {
    int items = course.getModules().stream().mapToInt(m -> m.getItems().size()).sum();
    audit.record(caller.accountId(), action, "course", course.getId(), Outcome.ALLOWED);
    LOG.info(
        () ->
            "course package imported into course "
                + course.getId()
                + " by account "
                + caller.accountId()
                + ": "
                + course.getModules().size()
                + " module(s), "
                + items
                + " item(s)");
    return new Imported(
        course.getId(), course.getModules().size(), items, course.getPublishedVersion());
  }
}
