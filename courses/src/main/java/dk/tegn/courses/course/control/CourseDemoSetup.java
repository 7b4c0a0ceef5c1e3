package dk.tegn.courses.course.control;

import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.version.control.Publishing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * A small published demo course in Danish and English, for the demo seeder: short enough to show
 * the whole way from first lesson to certificate in a few minutes. Only the demo trainee is
 * enrolled; the cadets learn from the starter police course (StarterDemo). Calling it again finds
 * the course it made (by a demo key in the organisation) and only enrols trainees not yet enrolled.
 */
@ApplicationScoped
@Transactional
public class CourseDemoSetup {

  static final String DEMO_KEY = "demo-signs";

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject Publishing publishing;
  @Inject Enrolments enrolments;

  /**
   * On the embedded default's demo data: the national centre's trainer publishes the demo course
   * and the demo trainee is enrolled.
   */
  public void seed(@Observes DemoDataSeeded seeded) {
    Long centre = seeded.organisations().get("cmm");
    Long trainer = seeded.accounts().get("trainer");
    Long trainee = seeded.accounts().get("trainee");
    if (centre == null || trainer == null || trainee == null) {
      return;
    }
    ensureDemoCourse(centre, trainer, List.of(trainee));
  }

  /** Same as {@link #ensureDemoCourse(long, long, List, Long)} without a quiz. */
  public long ensureDemoCourse(long organisationId, long trainerAccountId, List<Long> traineeIds) {
    return ensureDemoCourse(organisationId, trainerAccountId, traineeIds, null);
  }

  /**
   * Creates and publishes the demo course once, then enrols the trainees.
   *
   * @param quizId a quiz of the assessments module to end the course with, or null for none
   * @return the course id
   */
  public long ensureDemoCourse(
      long organisationId, long trainerAccountId, List<Long> traineeIds, Long quizId) {
    Course course =
        em.createNamedQuery("Course.findByDemoKey", Course.class)
            .setParameter("organisationId", organisationId)
            .setParameter("key", DEMO_KEY)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> create(organisationId, trainerAccountId, quizId));
    for (long trainee : traineeIds) {
      enrolments.record(trainee, course, null, trainerAccountId, clock.now());
    }
    return course.getId();
  }

  private Course create(long organisationId, long trainerAccountId, Long quizId) {
    Course course =
        new Course(organisationId, trainerAccountId, "da", "Tegn på menneskehandel", clock.now());
    course.markAsDemo(DEMO_KEY);
    course.translate(TextField.TITLE, "en", "Signs of human trafficking");
    course.translate(
        TextField.SUMMARY,
        "da",
        "Kend indikatorerne, og ved hvornår og hvordan du henviser en mulig sag.");
    course.translate(
        TextField.SUMMARY, "en", "Know the indicators, and know when and how to refer a case.");
    // not written for one profession, so the demo cohorts' audience rules (police, embassy) never
    // assign it: only the demo trainee is enrolled, by seed()
    course.configure(Set.of(Audience.OTHER), List.of("da", "en"), 30, true, 24);

    CourseModule signs = course.addModule("da", "Tegnene");
    signs.translateTitle("en", "The signs");
    CourseItem indicators =
        signs.addLesson(
            "da",
            "Indikatorer",
            """
            ## Hvad du kan se

            Ingen enkelt indikator beviser menneskehandel. Flere indikatorer sammen er grund til at henvise.

            - Personen har ikke selv sit pas eller ID
            - Personen bor på arbejdspladsen
            - Personen skylder penge for rejse eller bolig

            Sådan vejer indikatorerne i henvisningsformularens katalog:

            ```indicators
            indicator: documents-confiscated
            indicator: debt-bondage
            indicator: bad-living-conditions
            ```
            """);
    indicators.translate(TextField.TITLE, "en", "Indicators");
    indicators.translate(
        TextField.BODY,
        "en",
        """
        ## What you may see

        No single indicator proves trafficking. Several indicators together are reason to refer.

        - The person does not hold their own passport or ID
        - The person lives at the workplace
        - The person owes money for travel or housing

        How the referral form's catalogue weighs these indicators:

        ```indicators
        indicator: documents-confiscated
        indicator: debt-bondage
        indicator: bad-living-conditions
        ```
        """);
    CourseItem clinic =
        signs.addScenario(
            "da",
            "Massageklinikken",
            "På en patrulje møder du en ung kvinde i en massageklinik. Hun sover i baglokalet, og"
                + " ejeren svarer for hende.",
            "Hvilke indikatorer ser du, og hvad gør du nu?",
            "At bo på arbejdspladsen og ikke tale frit er indikatorer. Tal med hende alene, og"
                + " henvis sagen til centret.");
    clinic.translate(TextField.TITLE, "en", "The massage clinic");
    clinic.translate(
        TextField.STORY,
        "en",
        "On patrol you meet a young woman in a massage clinic. She sleeps in the back room, and"
            + " the owner answers for her.");
    clinic.translate(TextField.QUESTION, "en", "Which indicators do you see, and what do you do?");
    clinic.translate(
        TextField.EXPLANATION,
        "en",
        "Living at the workplace and not speaking freely are indicators. Speak with her alone,"
            + " and refer the case to the centre.");

    CourseModule referral = course.addModule("da", "Henvisning");
    referral.translateTitle("en", "Referral");
    referral.lockUntilPreviousComplete(true);
    CourseItem route =
        referral.addLesson(
            "da",
            "Den nationale henvisningsvej",
            "Brug **Henvis en sag** i Tegn. Er personen under 18, går sagen straks til"
                + " børneteamet.");
    route.translate(TextField.TITLE, "en", "The national referral route");
    route.translate(
        TextField.BODY,
        "en",
        "Use **Refer a case** in Tegn. If the person is under 18, the case goes to the children's"
            + " team at once.");
    if (quizId != null) {
      referral
          .addQuiz("da", "Afsluttende quiz", quizId)
          .translate(TextField.TITLE, "en", "Final quiz");
    }
    em.persist(course);
    em.flush();
    publishing.release(course, trainerAccountId, null, false);
    return course;
  }
}
