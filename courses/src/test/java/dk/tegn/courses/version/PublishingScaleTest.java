package dk.tegn.courses.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publishing a new version of a course with many enrolments: each publication moves them in a few
 * statements, not one by one. The suite runs it with 2,000 enrolments; the figure in
 * ops/BENCHMARKS.md comes from {@code -Dtegn.test.publishEnrolments=100000}. A quarter of the
 * trainees have started (two progress rows each), a tenth have completed.
 */
class PublishingScaleTest {

  static final int ENROLMENTS = Integer.getInteger("tegn.test.publishEnrolments", 2_000);

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(0);

  @Test
  void publishingMovesEveryOpenEnrolmentOfABigCourse() {
    long courseId = Drafts.draft(kit, org);
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    long arranging = System.nanoTime();
    JpaTestSupport.run(CoursesTestKit.emf(), em -> arrange(em, courseId));
    System.out.printf(
        "PublishingScaleTest: %,d enrolments arranged in %,d ms%n",
        ENROLMENTS, (System.nanoTime() - arranging) / 1_000_000);
    int started = ENROLMENTS / 4;
    int completed = ENROLMENTS / 10;

    long keepStarted = publishChanged(courseId, "Anden udgave", false);
    assertEquals(
        List.of(2L, (long) (ENROLMENTS - started - completed)),
        onVersion(courseId, 2),
        "only the not started moved");
    assertEquals(2L * started, progressRows(courseId), "the started keep their progress");

    long everyone = publishChanged(courseId, "Tredje udgave", true);
    assertEquals(
        List.of(3L, (long) (ENROLMENTS - completed)),
        onVersion(courseId, 3),
        "everyone not completed restarts");
    assertEquals(0L, progressRows(courseId), "progress starts over");
    System.out.printf(
        "PublishingScaleTest: publishing with %,d enrolments: %,d ms (not started follow),"
            + " %,d ms (everyone restarts)%n",
        ENROLMENTS, keepStarted, everyone);
  }

  private long publishChanged(long courseId, String body, boolean everyoneRestarts) {
    Drafts.change(kit, org, courseId, body);
    long start = System.nanoTime();
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, everyoneRestarts));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Trainees and their enrolments written in set statements: the test is about publishing. */
  private void arrange(EntityManager em, long courseId) {
    Timestamp now = Timestamp.from(SampleCourses.NOW);
    em.createNativeQuery(
            "INSERT INTO plt_account (username, display_name, organisation_id, password_hash,"
                + " password_changed_at, created_at)"
                + " SELECT CONCAT('scale-', ?1, '-', n), CONCAT('Kadet ', n), ?1, 'hash', ?2, ?2"
                + " FROM (WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s"
                + " WHERE n < 999) SELECT a.n * 1000 + b.n + 1 AS n FROM s a CROSS JOIN s b"
                + " WHERE a.n * 1000 + b.n < ?3) seq")
        .setParameter(1, org.id())
        .setParameter(2, now)
        .setParameter(3, ENROLMENTS)
        .executeUpdate();
    // by the trainee's number: every 4th started, every 10th (of the rest) completed
    em.createNativeQuery(
            "INSERT INTO crs_enrolment (account_id, course_id, version_number, enrolled_at,"
                + " started_at, progress_percent, completed_at, active)"
                + " SELECT a.id, ?1, 1, ?2, IF(r.n % 4 = 0 OR r.n % 10 = 1, ?2, NULL),"
                + " IF(r.n % 10 = 1, 100, IF(r.n % 4 = 0, 33, 0)), IF(r.n % 10 = 1, ?2, NULL),"
                + " TRUE FROM plt_account a JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) n"
                + " FROM plt_account WHERE organisation_id = ?3 AND username LIKE 'scale-%') r"
                + " ON r.id = a.id")
        .setParameter(1, courseId)
        .setParameter(2, now)
        .setParameter(3, org.id())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO crs_item_progress (enrolment_id, item_key, opened_at)"
                + " SELECT e.id, k.item_key, ?2 FROM crs_enrolment e"
                + " JOIN (SELECT 1 AS item_key UNION ALL SELECT 2) k"
                + " WHERE e.course_id = ?1 AND e.started_at IS NOT NULL AND e.completed_at IS NULL")
        .setParameter(1, courseId)
        .setParameter(2, now)
        .executeUpdate();
  }

  /** The version and the number of open, uncompleted enrolments on it. */
  private List<Long> onVersion(long courseId, int version) {
    Number n =
        JpaTestSupport.inTransaction(
            CoursesTestKit.emf(),
            em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM crs_enrolment WHERE course_id = ?1"
                                + " AND version_number = ?2 AND active AND completed_at IS NULL")
                        .setParameter(1, courseId)
                        .setParameter(2, version)
                        .getSingleResult());
    return List.of((long) version, n.longValue());
  }

  private long progressRows(long courseId) {
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM crs_item_progress p JOIN crs_enrolment e"
                                + " ON e.id = p.enrolment_id WHERE e.course_id = ?1")
                        .setParameter(1, courseId)
                        .getSingleResult())
                .longValue());
  }
}
