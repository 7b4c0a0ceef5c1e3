package dk.tegn.courses.learning;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run only with {@code -Dbench=true} (ops/BENCHMARKS.md §3,
 * "Completion as an upsert"): the thread CPU and time of the grade's completion, the observer as it
 * was before session 14 against the one now, alternated grade by grade on the test MariaDB.
 */
class CompletionCostBench {

  static final long QUIZ = 9_003;
  static final int N = Integer.getInteger("bench.n", 150);

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void measure() {
    CoursesTestKit kit = new CoursesTestKit();
    Org org = kit.organisation(2 * N);
    long courseId =
        kit.publishedAndEnrolled(org, QUIZ, org.traineeIds().get(0), LocalDate.parse("2026-12-31"));
    for (int i = 1; i < 2 * N; i++) {
      long t = org.traineeIds().get(i);
      kit.as(
          org.coordinator(),
          b -> b.get(Enrolments.class).enrol(t, courseId, LocalDate.parse("2026-12-31")));
    }
    for (String scenario : List.of("fail", "first pass", "second pass", "fail after pass")) {
      long[] cpu = new long[2];
      long[] wall = new long[2];
      for (int round = 0; round < 2; round++) { // round 0: warm-up
        for (int i = 0; i < 2 * N; i++) {
          int way = (i + round) % 2; // alternated: 0 old, 1 new
          long learner = org.traineeIds().get(i);
          boolean passed = !scenario.startsWith("fail");
          int score = 50 + round * 10 + (scenario.equals("second pass") ? 20 : 0);
          long[] took =
              kit.as(
                  org.trainee(0),
                  b -> {
                    AttemptGraded g = new AttemptGraded(learner, QUIZ, 1, score, passed);
                    VersionStore versions = b.get(VersionStore.class);
                    Completion completion = b.get(Completion.class);
                    return GradeBench.timed(
                        b.em(),
                        () -> {
                          if (way == 0) {
                            old(b.em(), versions, completion, g);
                          } else {
                            completion.attemptGraded(g);
                          }
                        });
                  });
          if (round == 1 || scenario.equals("first pass")) {
            cpu[way] += took[0];
            wall[way] += took[1];
          }
        }
        if (scenario.equals("first pass")) {
          break; // a first pass happens once per enrolment: no warm-up round
        }
      }
      GradeBench.print(scenario, cpu, wall, N);
    }
  }

  /**
   * What {@code ItemProgress.graded} did to the entity (removed in session 15: the rule lives in
   * Completion's upsert alone), through the entity's override method, which writes the same
   * columns: the best score, done from the first pass on. The one difference, a first fail leaving
   * {@code opened_at} empty, changes no statement the bench counts (the insert writes every
   * column).
   */
  private static void oldGraded(ItemProgress p, PublishedItem item, int score, boolean passed) {
    int best = p.getBestScore() == null ? score : Math.max(p.getBestScore(), score);
    p.regraded(item, best, passed || p.isDone(), false, java.time.Instant.now());
  }

  /** The observer as it was at main bad5dfb (read, insert or update, flush, all rows re-read). */
  static void old(
      EntityManager em, VersionStore versions, Completion completion, AttemptGraded graded) {
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", graded.learnerId())
            .getResultList()) {
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      List<PublishedItem> items =
          course.items().stream()
              .filter(i -> i.kind() == ItemKind.QUIZ && i.quizId() == graded.quizId())
              .toList();
      for (PublishedItem item : items) {
        oldGraded(
            completion.progress(e.getId(), item.key()),
            item,
            graded.scorePercent(),
            graded.passed());
      }
      if (!items.isEmpty()) {
        em.flush();
        Set<Long> done =
            em.createNamedQuery("ItemProgress.findByEnrolment", ItemProgress.class)
                .setParameter("enrolmentId", e.getId())
                .getResultStream()
                .filter(ItemProgress::isDone)
                .map(ItemProgress::getItemKey)
                .collect(Collectors.toSet());
        CourseProgress progress = new CourseProgress(course, done);
        if (!e.isCompleted()) {
          e.recordProgress(progress.percent());
        }
      }
    }
  }
}
