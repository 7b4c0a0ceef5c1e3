package dk.tegn.coordination.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.courses.enrolment.control.Enrolments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assigning a course to a big cohort: the members are enrolled, given their reminder row and their
 * mail a batch at a time, not one by one. The suite runs it with 2,500 members (three batches); the
 * figure in ops/BENCHMARKS.md comes from {@code -Dtegn.test.assignMembers=10000} (and 100000).
 * Every third member chose English, the rest have the organisation's Danish; a tenth were enrolled
 * in the course before (one of them with a personal due date). The counters are checked after each
 * assignment.
 */
class AssignScaleTest {

  static final int MEMBERS = Integer.getInteger("tegn.test.assignMembers", 2_500);

  final CoordinationKit kit = new CoordinationKit();

  @Test
  void assigningACourseToABigCohortEnrolsMailsAndCountsEveryMember() {
    Org org = kit.organisation(0);
    long course = kit.course(org.id(), false, null);
    long cohort =
        kit.as(
            org.coordinator(),
            w -> w.get(Cohorts.class).create(org.id(), "Årgang " + org.suffix()).getId());
    long arranging = System.nanoTime();
    int before = arrange(org, cohort, course);
    long english =
        kit.number(
            "SELECT COUNT(*) FROM plt_account WHERE organisation_id = ?1 AND locale = 'en'"
                + " AND MOD(id, 10) <> 0",
            org.id());
    System.out.printf(
        "AssignScaleTest: %,d members arranged in %,d ms%n",
        MEMBERS, (System.nanoTime() - arranging) / 1_000_000);

    long first = assign(org, cohort, course, LocalDate.parse("2027-06-01"));
    assertEquals(List.of((long) MEMBERS, (long) MEMBERS), enrolments(course), "one each, active");
    assertEquals((long) MEMBERS - before, reminders(course), "reminders");
    assertEquals(
        MEMBERS - before - english, mails(org, "Nyt kursus: Tegn på menneskehandel"), "in Danish");
    assertEquals(english, mails(org, "New course: Signs"), "in English, their own choice");
    assertCounted(org, cohort, course, "2027-06-01", MEMBERS - 1);
    long last =
        kit.number(
            "SELECT MAX(account_id) FROM crd_cohort_member WHERE cohort_id = ?1 AND account_id"
                + " NOT IN (SELECT id FROM plt_account WHERE MOD(id, 10) = 0)",
            cohort);
    var enrolment =
        kit.as(null, w -> w.get(Enrolments.class).activeFact(last, course).orElseThrow());
    assertEquals(LocalDate.parse("2027-06-01"), enrolment.dueOn());
    String address =
        kit.as(null, w -> w.em().find(dk.tegn.core.account.entity.Account.class, last).getEmail());
    var mail = kit.mailsTo(address).get(0);
    assertEquals(
        List.of(kit.now(), kit.now()), List.of(mail.getCreatedAt(), mail.getNextAttemptAt()));
    assertEquals(
        kit.now(),
        kit.as(null, w -> w.get(Enrolments.class).active(last, course).getEnrolledAt()),
        "times as the entities write them (UTC)");

    long again = assign(org, cohort, course, LocalDate.parse("2027-07-01"));
    assertEquals(List.of((long) MEMBERS, (long) MEMBERS), enrolments(course), "no duplicates");
    assertEquals((long) MEMBERS - before, reminders(course), "no new rows");
    assertCounted(org, cohort, course, "2027-07-01", MEMBERS - 1);
    System.out.printf(
        "AssignScaleTest: assigning a course to a cohort of %,d: %,d ms; again, a new due date:"
            + " %,d ms%n",
        MEMBERS, first, again);
  }

  private long assign(Org org, long cohort, long course, LocalDate due) {
    long start = System.nanoTime();
    kit.as(org.coordinator(), w -> w.get(Assignments.class).assignToCohort(cohort, course, due));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Members and their cohort ({@link CoordinationKit#members}), a tenth's earlier enrolments. */
  private int arrange(Org org, long cohort, long course) {
    kit.members(org, cohort, "scale", MEMBERS, true);
    // a tenth enrolled before (in batches: one by one in one transaction is quadratic)
    List<Long> earlier =
        kit.as(
            null,
            w ->
                ((List<?>)
                        w.em()
                            .createNativeQuery(
                                "SELECT id FROM plt_account WHERE organisation_id = ?1"
                                    + " AND username LIKE 'scale-%' AND MOD(id, 10) = 0"
                                    + " ORDER BY id")
                            .setParameter(1, org.id())
                            .getResultList())
                    .stream().map(n -> ((Number) n).longValue()).toList());
    for (int from = 0; from < earlier.size(); from += Enrolments.BATCH) {
      List<Long> batch = earlier.subList(from, Math.min(earlier.size(), from + Enrolments.BATCH));
      kit.as(
          null,
          w ->
              w.get(Enrolments.class)
                  .placeAll(batch, course, LocalDate.parse("2027-05-01"), null, kit.now()));
    }
    kit.as(
        org.coordinator(),
        w -> {
          Enrolments enrolments = w.get(Enrolments.class);
          return enrolments.setPersonalDueDate(
              enrolments.active(earlier.get(0), course).getId(),
              LocalDate.parse("2027-04-01"),
              "sick leave");
        });
    return earlier.size();
  }

  /** The course's active enrolments and all of them. */
  private List<Long> enrolments(long course) {
    return List.of(
        kit.number("SELECT COUNT(*) FROM crs_enrolment WHERE course_id = ?1 AND active", course),
        kit.number("SELECT COUNT(*) FROM crs_enrolment WHERE course_id = ?1", course));
  }

  private long reminders(long course) {
    return kit.number(
        "SELECT COUNT(*) FROM crd_reminder r JOIN crs_enrolment e ON e.id = r.enrolment_id"
            + " WHERE e.course_id = ?1 AND r.kind = 'ASSIGNED'",
        course);
  }

  private long mails(Org org, String subject) {
    return kit.number(
        "SELECT COUNT(*) FROM plt_outbox WHERE organisation_id = ?1 AND subject = ?2",
        org.id(),
        subject);
  }

  /**
   * The cohort's and the organisation's counter rows: every member not started, all due on the date
   * (the one with a personal due date apart).
   */
  private void assertCounted(Org org, long cohort, long course, String due, long onDate) {
    for (long c : new long[] {0, cohort}) {
      assertEquals(
          List.of("N|" + MEMBERS),
          kit.rows(
              "SELECT status, n FROM crd_completion_count WHERE cohort_id = ?1"
                  + " AND organisation_id = ?2 AND course_id = ?3 AND n <> 0",
              c,
              org.id(),
              course),
          "completion counts, cohort " + c);
      assertEquals(
          List.of("2027-04-01|N|1", due + "|N|" + onDate),
          kit.rows(
              "SELECT due_on, status, n FROM crd_completion_due WHERE cohort_id = ?1"
                  + " AND organisation_id = ?2 AND course_id = ?3 AND n <> 0 ORDER BY due_on",
              c,
              org.id(),
              course),
          "due counts, cohort " + c);
    }
  }
}
