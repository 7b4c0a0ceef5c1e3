package dk.tegn.courses.course.control;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.course.entity.UntranslatedText;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What a trainer does to a course draft. Every method checks that the caller is a trainer of the
 * course's organisation; trainees never reach a draft except through {@link #preview}.
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject QuizFacts quizzes;

  /** Starts a course in the caller's organisation (or another one they train in). */
  public Course createCourse(
      long organisationId,
      @NotBlank(message = "{platform.required}") String language,
      @NotBlank(message = "{platform.required}") @Size(max = 300) String title) {
    caller.requireRoleIn(Role.TRAINER, organisationId);
    Course course = new Course(organisationId, caller.accountId(), language, title, clock.now());
    em.persist(course);
    em.flush();
    return course;
  }

  /** Courses of the organisations the caller trains in, newest first. */
  public List<Course> myCourses(@Min(0) int first, @Min(1) @Max(200) int max) {
    Set<Long> organisations = caller.organisationsWith(Role.TRAINER);
    if (organisations.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Course.findByOrganisations", Course.class)
        .setParameter("organisationIds", organisations)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The draft with its modules and items loaded, for the editor. */
  public Course draft(long courseId) {
    Course course = editable(courseId);
    course.getModules().forEach(m -> m.getItems().size());
    return course;
  }

  public void configure(
      long courseId,
      @NotNull Set<Audience> audiences,
      @NotEmpty(message = "{courses.course.languages.required}") List<String> languages,
      @Min(value = 1, message = "{courses.course.minutes.range}")
          @Max(value = Course.MAX_MINUTES, message = "{courses.course.minutes.range}")
          int estimatedMinutes,
      boolean mandatory,
      @Min(value = 1, message = "{courses.course.validity.range}")
          @Max(value = Course.MAX_VALIDITY_MONTHS, message = "{courses.course.validity.range}")
          Integer certificateValidityMonths) {
    editable(courseId)
        .configure(audiences, languages, estimatedMinutes, mandatory, certificateValidityMonths);
  }

  /** Opens or closes the course for self-enrolment from the catalogue. */
  public void allowSelfEnrolment(long courseId, boolean allowed) {
    editable(courseId).allowSelfEnrolment(allowed);
  }

  /**
   * Writes one text in one language. {@code key} 0 is the course itself, otherwise a module or item
   * key; a blank text removes the translation.
   */
  public void translate(
      long courseId, long key, @NotNull TextField field, @NotBlank String language, String text) {
    Course course = editable(courseId);
    LocalizedText before = course.text(key, field);
    if (key == 0) {
      course.translate(field, language, text);
    } else if (course.getModules().stream().anyMatch(m -> m.getKey() == key)) {
      if (field != TextField.TITLE) {
        throw new IllegalArgumentException("a module has a title only");
      }
      course.module(key).translateTitle(language, text);
    } else {
      course.item(key).translate(field, language, text);
    }
    course.noteWritten(key, field, language, before, course.text(key, field));
  }

  public CourseModule addModule(
      long courseId,
      @NotBlank String language,
      @NotBlank(message = "{platform.required}") String title) {
    CourseModule module = editable(courseId).addModule(language, title);
    em.flush();
    return module;
  }

  public void removeModule(long courseId, long moduleKey) {
    editable(courseId).removeModule(moduleKey);
  }

  public void reorderModules(long courseId, @NotNull List<Long> moduleKeys) {
    editable(courseId).reorderModules(moduleKeys);
  }

  public void lockModule(long courseId, long moduleKey, boolean lockedUntilPreviousComplete) {
    editable(courseId).module(moduleKey).lockUntilPreviousComplete(lockedUntilPreviousComplete);
  }

  public CourseItem addLesson(
      long courseId,
      long moduleKey,
      @NotBlank String language,
      @NotBlank(message = "{platform.required}") String title,
      String markdown) {
    return flushed(editable(courseId).module(moduleKey).addLesson(language, title, markdown));
  }

  public CourseItem addScenario(
      long courseId,
      long moduleKey,
      @NotBlank String language,
      @NotBlank(message = "{platform.required}") String title,
      String story,
      String question,
      String explanation) {
    return flushed(
        editable(courseId)
            .module(moduleKey)
            .addScenario(language, title, story, question, explanation));
  }

  public CourseItem addQuiz(
      long courseId,
      long moduleKey,
      @NotBlank String language,
      @NotBlank(message = "{platform.required}") String title,
      Long quizId) {
    return flushed(editable(courseId).module(moduleKey).addQuiz(language, title, quizId));
  }

  /** A SCORM item, which plays once the trainer uploads its package ({@code ScormPackages}). */
  public CourseItem addScorm(
      long courseId,
      long moduleKey,
      @NotBlank String language,
      @NotBlank(message = "{platform.required}") String title) {
    return flushed(editable(courseId).module(moduleKey).addScorm(language, title));
  }

  public void removeItem(long courseId, long itemKey) {
    Course course = editable(courseId);
    course.item(itemKey).getModule().removeItem(itemKey);
  }

  public void reorderItems(long courseId, long moduleKey, @NotNull List<Long> itemKeys) {
    editable(courseId).module(moduleKey).reorderItems(itemKeys);
  }

  /** Whether the item counts for completion and whether the trainee must mark it done. */
  public void setItemRules(long courseId, long itemKey, boolean required, boolean markDone) {
    CourseItem item = editable(courseId).item(itemKey);
    item.require(required);
    item.askToMarkDone(markDone);
  }

  public void pointQuizTo(long courseId, long itemKey, long quizId) {
    editable(courseId).item(itemKey).pointTo(quizId);
  }

  /**
   * Makes a new quiz for a quiz item from inside the course: it belongs to the course's
   * organisation, is named as the item and has the usual settings; the item points to it. Its id,
   * for the quiz page where the trainer adds the questions.
   */
  public long newQuizFor(long courseId, long itemKey) {
    Course course = editable(courseId);
    CourseItem item = course.item(itemKey);
    long quizId =
        quizzes.newQuiz(
            course.getOrganisationId(), item.text(TextField.TITLE), course.getAuthoringLanguage());
    item.pointTo(quizId);
    return quizId;
  }

  /** What still has to be translated, per language the course is offered in. */
  public List<UntranslatedText> untranslated(long courseId) {
    return editable(courseId).untranslated();
  }

  /** The draft exactly as trainees would get it if it were published now. */
  public PublishedCourse preview(long courseId) {
    return PublishedCourse.of(editable(courseId));
  }

  private Course editable(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    return course;
  }

  private CourseItem flushed(CourseItem item) {
    em.flush();
    return item;
  }
}
