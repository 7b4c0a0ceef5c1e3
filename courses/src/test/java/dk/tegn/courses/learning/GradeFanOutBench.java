package dk.tegn.courses.learning;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run only with {@code -Dbench=true} (ops/BENCHMARKS.md §3, session
 * 16, "the submit"): a grade outside any course reaches every course holding the quiz (the exam's
 * load data: ten); the observer as it was (one upsert per enrolment) against the one now (one
 * upsert for all), alternated grade by grade on the test MariaDB: thread CPU and wall time.
 */
class GradeFanOutBench {

  static final long QUIZ = 9_004;
  static final int COURSES = Integer.getInteger("bench.courses", 10);
  static final int N = Integer.getInteger("bench.n", 60);

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void measure() {
    CoursesTestKit kit = new CoursesTestKit();
    Org org = kit.organisation(2 * N);
    for (int c = 0; c < COURSES; c++) {
      long courseId =
          kit.publishedAndEnrolled(
              org, QUIZ, org.traineeIds().get(0), LocalDate.parse("2026-12-31"));
      for (int i = 1; i < 2 * N; i++) {
        long t = org.traineeIds().get(i);
        kit.as(
            org.coordinator(),
            b -> b.get(Enrolments.class).enrol(t, courseId, LocalDate.parse("2026-12-31")));
      }
    }
    for (String scenario : List.of("fail", "fail again", "second fail")) {
      long[] cpu = new long[2];
      long[] wall = new long[2];
      for (int i = 0; i < 2 * N; i++) {
        int way = (i + scenario.length()) % 2; // alternated: 0 old, 1 new
        long learner = org.traineeIds().get(i);
        int score = 5 + scenario.length();
        long[] took =
            kit.as(
                org.trainee(0),
                b -> {
                  AttemptGraded g = new AttemptGraded(learner, QUIZ, 1, score, false);
                  VersionStore versions = b.get(VersionStore.class);
                  Completion completion = b.get(Completion.class);
                  return GradeBench.timed(
                      b.em(),
                      () -> {
                        if (way == 0) {
                          old(b.em(), versions, g);
                        } else {
                          completion.attemptGraded(g);
                        }
                      });
                });
        cpu[way] += took[0];
        wall[way] += took[1];
      }
      GradeBench.print(scenario + ", " + COURSES + " courses", cpu, wall, N);
    }
  }

  /** A fail as the observer handled it at main 1e07495: one upsert per enrolment. */
  static void old(EntityManager em, VersionStore versions, AttemptGraded graded) {
    Timestamp at = Timestamp.from(Instant.now());
    List<long[]> rows = new ArrayList<>();
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", graded.learnerId())
            .getResultList()) {
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      for (PublishedItem item : course.items()) {
        if (item.kind() == ItemKind.QUIZ && item.quizId() == graded.quizId()) {
          rows.add(new long[] {e.getId(), item.key()});
        }
      }
    }
    for (long[] row : rows) {
      try (PreparedStatement upsert = em.unwrap(Connection.class).prepareStatement(OLD)) {
        upsert.setLong(1, row[0]);
        upsert.setLong(2, row[1]);
        upsert.setTimestamp(3, at);
        upsert.setNull(4, Types.TIMESTAMP);
        upsert.setInt(5, graded.scorePercent());
        upsert.executeUpdate();
      } catch (SQLException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private static final String OLD =
      "INSERT INTO crs_item_progress (enrolment_id, item_key, opened_at, done_at, best_score,"
          + " version) VALUES (?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE"
          + " opened_at = COALESCE(opened_at, VALUES(opened_at)),"
          + " done_at = COALESCE(done_at, VALUES(done_at)),"
          + " best_score = GREATEST(COALESCE(best_score, VALUES(best_score)), VALUES(best_score)),"
          + " version = version + 1";
}
