package dk.tegn.courses.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.review.control.ReviewDesk;
import dk.tegn.courses.review.control.ReviewedLesson;
import dk.tegn.courses.review.control.ReviewedLesson.State;
import dk.tegn.courses.review.control.SourceUse;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Content that stays correct, on the test MariaDB: reviews travel with the published version, the
 * trainer's list names lessons past or near their review date, a source marked as changed lists the
 * lessons citing it until they are reviewed again, and a version that changes a graded fact asks
 * certificate holders to complete the course again and tells them why. The kit's clock stands at
 * 2026-11-23.
 */
class ContentReviewTest {

  private static final String LAW = "https://example.org/law-1";
  private static final String STATS = "https://example.org/stats-2023";

  private final CoursesTestKit kit = new CoursesTestKit();
  private final Org org = kit.organisation(1);

  @Test
  void theListNamesLessonsPastOrNearTheirReviewAndASourceMarkedAsChangedListsItsLessons() {
    long courseId = Drafts.draft(kit, org);
    // lesson 1: review overdue; scenario: due in 30 days; lesson 3: current; none cites STATS twice
    edit(
        courseId,
        items -> {
          items.get(0).reviewed(review("2025-11-01", "2026-11-01"));
          items
              .get(0)
              .translate(
                  TextField.BODY,
                  "da",
                  "Tekst.\n\n## Kilder\n\n- Loven. Folketinget, 2024. <"
                      + LAW
                      + "> (tjekket 2025-11-01).\n");
          items.get(1).reviewed(review("2026-06-01", "2026-12-23"));
          items
              .get(1)
              .translate(
                  TextField.EXPLANATION,
                  "da",
                  "Forklaring.\n\n## Kilder\n\n- Tal 2023. CMM, 2024. <"
                      + STATS
                      + "> (research-noter, dato for tjek ikke noteret).\n- Loven. Folketinget,"
                      + " 2024. <"
                      + LAW
                      + "> (tjekket 2026-06-01).\n");
          items.get(2).reviewed(review("2026-11-01", "2027-11-01"));
        });
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));

    List<ReviewedLesson> due = kit.as(org.trainer(), b -> b.get(ReviewDesk.class).dueForReview());
    assertEquals(List.of(State.OVERDUE, State.DUE_SOON), due.stream().map(l -> l.state()).toList());
    assertEquals(LocalDate.parse("2026-11-01"), due.get(0).review().due());
    assertEquals(1, due.get(1).uncheckedSources(), "the scenario cites STATS without a date");

    List<SourceUse> sources = kit.as(org.trainer(), b -> b.get(ReviewDesk.class).sources());
    assertEquals(List.of(STATS, LAW), sources.stream().map(SourceUse::url).toList());
    assertNull(sources.get(0).lastChecked(), "no citing lesson records a check of STATS");
    assertEquals(LocalDate.parse("2026-06-01"), sources.get(1).lastChecked());
    assertEquals(2, sources.get(1).lessons().size());

    List<ReviewedLesson> citing =
        kit.as(
            org.trainer(),
            b -> b.get(ReviewDesk.class).markChanged(org.id(), LAW, "§ 33 amended 2026"));
    assertEquals(2, citing.size(), "both lessons that cite the law are named");
    List<ReviewedLesson> after = kit.as(org.trainer(), b -> b.get(ReviewDesk.class).dueForReview());
    assertEquals(
        List.of(State.OVERDUE, State.SOURCE_CHANGED),
        after.stream().map(ReviewedLesson::state).toList(),
        "the scenario, reviewed before the mark, now waits for a review because of its source");
    assertEquals("§ 33 amended 2026", after.get(1).flags().get(0).getNote());

    // the scenario is reviewed again the day after the mark and republished: it leaves the list
    kit.at(SampleCourses.NOW.plus(java.time.Duration.ofDays(1)));
    edit(courseId, items -> items.get(1).reviewed(review("2026-11-24", "2027-11-24")));
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, "reviewed", false));
    assertEquals(
        List.of(State.OVERDUE),
        kit.as(org.trainer(), b -> b.get(ReviewDesk.class).dueForReview()).stream()
            .map(ReviewedLesson::state)
            .toList());
  }

  @Test
  void aVersionThatChangesAGradedFactAsksCertificateHoldersToCompleteAgainAndSaysWhy() {
    long courseId = Drafts.draft(kit, org);
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(org.traineeIds().get(0), courseId, null));
    kit.as(
        org.coordinator(),
        b -> {
          Enrolment e = b.get(Enrolments.class).active(org.traineeIds().get(0), courseId);
          e.complete(SampleCourses.NOW, null);
          b.get(EnrolmentChanges.class).publish(e);
          return null;
        });

    Drafts.change(kit, org, courseId, "Fristen er nu 120 dage.");
    kit.as(
        org.trainer(),
        b ->
            b.get(Publishing.class)
                .publish(courseId, "frist", false, "The deadline in lesson 1 changed."));

    MyCourse mine =
        kit.as(org.trainee(0), b -> b.get(Enrolments.class).mine(0, 10)).stream()
            .filter(c -> c.courseId() == courseId)
            .findFirst()
            .orElseThrow();
    assertEquals(EnrolmentStatus.DUE_AGAIN, mine.status());
    assertEquals("The deadline in lesson 1 changed.", mine.recompletionReason());

    Drafts.change(kit, org, courseId, "Stavefejl rettet.");
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, "typo", false));
    assertTrue(
        kit.as(org.trainer(), b -> b.get(Publishing.class).history(courseId, 0, 1)).stream()
            .allMatch(v -> v.getRecompletionReason() == null),
        "a version that only mends a typo asks nobody to start again");
  }

  private static Review review(String on, String due) {
    return new Review("Reviewer", LocalDate.parse(on), LocalDate.parse(due));
  }

  private void edit(long courseId, Consumer<List<CourseItem>> change) {
    kit.as(
        org.trainer(),
        b -> {
          Course c = b.em().find(Course.class, courseId);
          change.accept(c.getModules().get(0).getItems());
          return null;
        });
  }
}
