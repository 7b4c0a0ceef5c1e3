package dk.tegn.web.courses;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.content.control.SafeMarkdown;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.control.VersionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Test-only server side of {@link CourseIT}, added to the deployed WAR: steps the real services
 * through publishing, pinning and completion, each step in its own transaction, and records the
 * CourseCompleted events the container delivers.
 */
@ApplicationScoped
@Transactional
public class CourseItSupport {

  static final long QUIZ = 424_242;

  /** A 1×1 PNG. */
  private static final String PIXEL =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory accounts;
  @Inject Publishing publishing;
  @Inject Enrolments enrolments;
  @Inject EnrolmentChanges changes;
  @Inject Completion completion;
  @Inject VersionStore versions;
  @Inject PlatformClock clock;

  private final List<CourseCompleted> completed = new CopyOnWriteArrayList<>();

  void record(@Observes CourseCompleted event) {
    completed.add(event);
  }

  /** Read through a method: a field read on the client proxy would not reach the bean. */
  public List<CourseCompleted> completed() {
    return List.copyOf(completed);
  }

  public long account(String username) {
    return accounts.findByUsername(username).orElseThrow().getId();
  }

  /** A course with one lesson and one quiz, published as version 1 by the demo trainer. */
  public long publishSmallCourse(String title) {
    return publishSmallCourse(title, course -> {});
  }

  /** The same, with {@code more} added to the course before it is published. */
  private long publishSmallCourse(String title, Consumer<Course> more) {
    long trainer = account("trainer");
    Course course =
        new Course(
            accounts.findByUsername("trainer").orElseThrow().getOrganisation().getId(),
            trainer,
            "da",
            title,
            clock.now());
    CourseModule module = course.addModule("da", "Modul");
    module.addLesson("da", "Lektion", "Tekst");
    module.addQuiz("da", "Quiz", QUIZ);
    em.persist(course);
    em.flush();
    more.accept(course);
    publishing.release(course, trainer, null, false);
    return course.getId();
  }

  /**
   * A second lesson showing a picture (an upload of the course), after the quiz: the offline
   * journey keeps the course to read offline and opens it there for the first time.
   */
  private void secondLessonWithPicture(Course course) {
    Upload picture =
        new Upload(
            course.getId(),
            FileType.PNG,
            "kort.png",
            "Kort",
            Base64.getDecoder().decode(PIXEL),
            account("trainer"),
            clock.now());
    em.persist(picture);
    course
        .getModules()
        .get(0)
        .addLesson(
            "da",
            "Anden lektion",
            "Tekst uden net\n\n![Kort]("
                + SafeMarkdown.UPLOAD_SCHEME
                + picture.getPublicKey()
                + ")");
    em.flush();
  }

  /**
   * The same, open for self-enrolment from the catalogue (the trainer's organisation is national).
   */
  public long publishOpenCourse(String title) {
    long courseId = publishSmallCourse(title);
    em.find(Course.class, courseId).allowSelfEnrolment(true);
    return courseId;
  }

  /**
   * A new trainee of the demo trainer's organisation (password tegn-demo), enrolled in a new small
   * course with a second lesson showing a picture; returns the course id (the offline journey: a
   * person of its own in the shared suite).
   */
  public long traineeInSmallCourse(String username) {
    long organisation = accounts.findByUsername("trainer").orElseThrow().getOrganisation().getId();
    accounts.create(
        username,
        "Offline " + username,
        username + "@offline-it.tegn.dk",
        organisation,
        "tegn-demo",
        List.of(Role.TRAINEE));
    long course = publishSmallCourse("Offline " + System.nanoTime(), this::secondLessonWithPicture);
    enrol(username, course);
    return course;
  }

  public long enrol(String username, long courseId) {
    return enrolments
        .record(account(username), em.find(Course.class, courseId), null, null, clock.now())
        .getId();
  }

  /** The trainee opens the first lesson, which starts the enrolment. */
  public void start(long enrolmentId) {
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    var course = versions.course(e.getCourseId(), e.getVersionNumber());
    var lesson = course.items().get(0);
    completion.progress(enrolmentId, lesson.key()).open(lesson, clock.now());
    e.visit(lesson.key(), clock.now());
    changes.publish(e);
    em.flush();
    completion.evaluate(e, course);
  }

  public int republishWithNewLessonText(long courseId, boolean everyoneRestarts) {
    Course course = em.find(Course.class, courseId);
    CourseItem lesson = course.getModules().get(0).getItems().get(0);
    lesson.translate(TextField.BODY, "da", "Ny tekst " + System.nanoTime());
    return publishing.release(course, account("trainer"), null, everyoneRestarts).getNumber();
  }

  public void passQuiz(String username) {
    completion.attemptGraded(new AttemptGraded(account(username), QUIZ, 1, 100, true));
  }

  public int version(long enrolmentId) {
    return em.find(Enrolment.class, enrolmentId).getVersionNumber();
  }
}
