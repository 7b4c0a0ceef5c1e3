package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.CoordinationSettings;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.ImportPreview;
import dk.tegn.coordination.coordinator.control.PeopleToChase;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.NotificationChoices;
import dk.tegn.coordination.enrolment.control.Reminders;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationServicesTest {

  private final CoordinationKit kit = new CoordinationKit();

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long mailsTo(String recipient) {
    return kit.as(
        null,
        w ->
            (long)
                w.em()
                    .createNamedQuery("OutboxMessage.findByRecipient", OutboxMessage.class)
                    .setParameter("recipient", recipient)
                    .getResultList()
                    .size());
  }

  @Test
  void aFileWithABadRowImportsNothingAndOnceFixedCreatesCohortsAccountsAndInvitations() {
    Org org = kit.organisation(0);
    String good = "Ib Ærø,ib-" + org.suffix() + "@politi.dk,Hold " + org.suffix() + "\n";
    byte[] bad = csv("name,email,cohort\n" + good + "Bo,bo-at-politi.dk,Hold X\n");
    ImportPreview preview =
        kit.as(org.coordinator(), w -> w.get(Cohorts.class).preview(org.id(), bad));
    assertFalse(preview.isClean());
    assertEquals(3, preview.getIssues().get(0).getLine());
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.coordinator(), w -> w.get(Cohorts.class).importFile(org.id(), bad)));
    assertTrue(kit.as(org.coordinator(), w -> w.get(Cohorts.class).list(0, 10)).isEmpty());

    ImportPreview done =
        kit.as(org.coordinator(), w -> w.get(Cohorts.class).importFile(org.id(), csv(good)));
    assertEquals(1, done.getNewAccounts());
    List<Cohort> cohorts = kit.as(org.coordinator(), w -> w.get(Cohorts.class).list(0, 10));
    assertEquals(1, cohorts.size());
    long members =
        kit.as(org.coordinator(), w -> w.get(Cohorts.class).memberCount(cohorts.get(0).getId()));
    assertEquals(1, members);
    assertEquals(1, mailsTo("ib-" + org.suffix() + "@politi.dk"), "invitation mailed");
  }

  @Test
  void peopleWhoJoinACohortLaterAreEnrolledInItsCoursesWithItsDueDate() {
    Org org = kit.organisation(2);
    long course = kit.course(org.id(), false, null);
    LocalDate due = LocalDate.parse("2027-04-01");
    long cohortId =
        kit.as(
            org.coordinator(),
            w -> {
              Cohort c = w.get(Cohorts.class).create(org.id(), "Forår " + org.suffix());
              w.get(Cohorts.class).addMember(c.getId(), org.traineeIds().get(0));
              w.get(Assignments.class).assignToCohort(c.getId(), course, due);
              return c.getId();
            });
    kit.as(
        org.coordinator(), w -> w.get(Cohorts.class).addMember(cohortId, org.traineeIds().get(1)));
    for (long trainee : org.traineeIds()) {
      Enrolment e = kit.as(org.coordinator(), w -> w.get(Enrolments.class).active(trainee, course));
      assertNotNull(e, "enrolled " + trainee);
      assertEquals(due, e.getDueOn());
      assertEquals(
          1,
          mailsTo(
              "cadet" + org.traineeIds().indexOf(trainee) + "-" + org.suffix() + "@test.tegn.dk"));
    }
  }

  @Test
  void aCoordinatorCannotReachAnotherOrganisationsCohortsPeopleOrFiguresByChangingIds() {
    Org mine = kit.organisation(1);
    Org theirs = kit.organisation(1);
    long theirCohort =
        kit.as(theirs.coordinator(), w -> w.get(Cohorts.class).create(theirs.id(), "Hold").getId());
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(mine.coordinator(), w -> w.get(Cohorts.class).members(theirCohort, 0, 10)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                mine.coordinator(),
                w -> w.get(Cohorts.class).addMember(theirCohort, mine.traineeIds().get(0))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                mine.coordinator(),
                w ->
                    w.get(CompletionReport.class)
                        .perCourse(ReportFilter.of(theirs.id(), null, null), "da")));
    long myCohort =
        kit.as(mine.coordinator(), w -> w.get(Cohorts.class).create(mine.id(), "Hold").getId());
    assertThrows(
        RuleViolationException.class,
        () ->
            kit.as(
                mine.coordinator(),
                w -> w.get(Cohorts.class).addMember(myCohort, theirs.traineeIds().get(0))));
  }

  @Test
  void theReportCountsEachStatusPerCourseAndCohortAndListsTheOverdue() {
    Org org = kit.organisation(4);
    long course = kit.course(org.id(), false, 24);
    long cohortId =
        kit.as(
            org.coordinator(),
            w -> {
              Cohort c = w.get(Cohorts.class).create(org.id(), "Hold " + org.suffix());
              for (long t : org.traineeIds()) {
                w.get(Cohorts.class).addMember(c.getId(), t);
              }
              w.get(Assignments.class)
                  .assignToCohort(c.getId(), course, LocalDate.parse("2027-03-10"));
              return c.getId();
            });
    kit.as(
        org.coordinator(),
        w -> {
          Enrolments enrolments = w.get(Enrolments.class);
          Enrolment done = enrolments.active(org.traineeIds().get(0), course);
          done.complete(kit.now(), kit.now().plus(Duration.ofDays(45)));
          w.get(EnrolmentChanges.class).publish(done);
          Enrolment started = enrolments.active(org.traineeIds().get(1), course);
          started.visit(1L, kit.now());
          w.get(EnrolmentChanges.class).publish(started);
          return null;
        });
    kit.at(Instant.parse("2027-03-20T09:00:00Z"));
    ReportFilter filter = ReportFilter.of(null, course, null);
    Figures figures =
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).perCourse(filter, "en"))
            .get(0);
    assertEquals(1, figures.getCompleted());
    assertEquals(3, figures.getOverdue());
    assertEquals(0, figures.getInProgress());
    assertEquals(25, figures.getPercentCompleted());
    assertEquals("Signs", figures.getCourse());
    Figures perCohort =
        kit.as(
                org.coordinator(),
                w ->
                    w.get(CompletionReport.class)
                        .perCohort(ReportFilter.of(null, null, cohortId), "da"))
            .get(0);
    assertEquals(4, perCohort.getTotal());
    List<Figures.Person> overdue =
        kit.as(org.coordinator(), w -> w.get(PeopleToChase.class).overdue(filter, "da"));
    assertEquals(3, overdue.size());
    for (Figures.Person person : overdue) {
      // names, addresses and organisations come from core's accounts, not from a join in SQL
      assertTrue(person.getName().startsWith("Kadet cadet"), person.getName());
      assertTrue(person.getEmail().endsWith("-" + org.suffix() + "@test.tegn.dk"));
      assertEquals("Skole " + org.suffix(), person.getOrganisation());
      assertEquals("Tegn på menneskehandel", person.getCourse());
      assertEquals(LocalDate.parse("2027-03-10"), person.getDate());
    }
    Figures.Expiring expiring =
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).expiring(filter));
    assertEquals(1, expiring.getWithin30());
    assertEquals(
        1, kit.as(org.coordinator(), w -> w.get(CompletionReport.class).overTime(filter)).size());

    int reminded =
        kit.as(
            org.coordinator(),
            w ->
                w.get(Reminders.class)
                    .remindNow(overdue.stream().map(Figures.Person::getEnrolmentId).toList()));
    assertEquals(3, reminded);
    int again =
        kit.as(
            org.coordinator(),
            w ->
                w.get(Reminders.class)
                    .remindNow(overdue.stream().map(Figures.Person::getEnrolmentId).toList()));
    assertEquals(0, again, "one reminder a day");
  }

  @Test
  void anExpiredCertificateOfAMandatoryCourseIsReassignedWithANewDueDate() {
    Org org = kit.organisation(1);
    long course = kit.course(org.id(), true, 12);
    long trainee = org.traineeIds().get(0);
    long first =
        kit.as(
            org.coordinator(),
            w -> {
              w.get(Assignments.class).assignToPerson(trainee, course, null);
              Enrolment e = w.get(Enrolments.class).active(trainee, course);
              e.complete(kit.now(), kit.now().plus(Duration.ofDays(365)));
              w.get(EnrolmentChanges.class).publish(e);
              return e.getId();
            });
    kit.at(kit.now().plus(Duration.ofDays(366)));
    int renewed = kit.as(null, w -> w.get(Assignments.class).recertifyExpired(1000));
    assertTrue(renewed >= 1);
    Enrolment now = kit.as(null, w -> w.get(Enrolments.class).active(trainee, course));
    assertTrue(now.getId() != first);
    assertNull(now.getCompletedAt());
    assertEquals(
        LocalDate.ofInstant(kit.now(), java.time.ZoneOffset.UTC).plusDays(30), now.getDueOn());
  }

  @Test
  void theDailyRunRemindsBeforeAndAfterTheDueDateOnce() {
    Org org = kit.organisation(1);
    long course = kit.course(org.id(), false, null);
    String address = "cadet0-" + org.suffix() + "@test.tegn.dk";
    kit.as(
        org.coordinator(),
        w ->
            w.get(Assignments.class)
                .assignToPerson(org.traineeIds().get(0), course, LocalDate.parse("2027-03-05")));
    long before = mailsTo(address);
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(before + 1, mailsTo(address), "due-soon reminder once");
    kit.at(Instant.parse("2027-03-07T09:00:00Z"));
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(before + 2, mailsTo(address), "overdue reminder once");
  }

  /** Issue 17, profile: a person who turned due reminders off gets none; the choice is theirs. */
  @Test
  void theDailyRunLeavesOutPeopleWhoTurnedDueRemindersOff() {
    Org org = kit.organisation(2);
    long course = kit.course(org.id(), false, null);
    String off = "cadet0-" + org.suffix() + "@test.tegn.dk";
    String on = "cadet1-" + org.suffix() + "@test.tegn.dk";
    for (int i = 0; i < 2; i++) {
      long trainee = org.traineeIds().get(i);
      kit.as(
          org.coordinator(),
          w ->
              w.get(Assignments.class)
                  .assignToPerson(trainee, course, LocalDate.parse("2027-03-05")));
    }
    kit.as(
        org.trainee(0),
        w -> {
          w.get(NotificationChoices.class).choose(false, true);
          return null;
        });
    assertEquals(
        new NotificationChoices.Choice(false, true),
        kit.as(org.trainee(0), w -> w.get(NotificationChoices.class).mine()));
    long[] before = {mailsTo(off), mailsTo(on)};
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    kit.at(Instant.parse("2027-03-07T09:00:00Z"));
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(before[0], mailsTo(off), "neither due soon nor overdue");
    assertEquals(before[1] + 2, mailsTo(on), "due soon and overdue");
  }

  /**
   * Each organisation's timing holds: reminders turned off, a longer warning, and the defaults for
   * an organisation that changed nothing, in one run (courses is asked once per timing, not per
   * organisation).
   */
  @Test
  void theDailyRunTimesRemindersPerOrganisation() {
    Org off = kit.organisation(1);
    Org early = kit.organisation(1);
    Org plain = kit.organisation(1);
    LocalDate inTenDays = LocalDate.parse("2027-03-11");
    for (Org org : List.of(off, early, plain)) {
      long course = kit.course(org.id(), false, null);
      kit.as(
          org.coordinator(),
          w -> {
            w.get(Assignments.class).assignToPerson(org.traineeIds().get(0), course, inTenDays);
            return null;
          });
    }
    kit.as(
        off.coordinator(),
        w -> w.get(CoordinationSettings.class).timeReminders(off.id(), 0, 1, 7, 30, 30));
    kit.as(
        early.coordinator(),
        w -> w.get(CoordinationSettings.class).timeReminders(early.id(), 14, 1, 7, 30, 30));
    long[] before = {
      mailsTo("cadet0-" + off.suffix() + "@test.tegn.dk"),
      mailsTo("cadet0-" + early.suffix() + "@test.tegn.dk"),
      mailsTo("cadet0-" + plain.suffix() + "@test.tegn.dk")
    };
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(before[0], mailsTo("cadet0-" + off.suffix() + "@test.tegn.dk"), "turned off");
    assertEquals(
        before[1] + 1, mailsTo("cadet0-" + early.suffix() + "@test.tegn.dk"), "14 days ahead");
    assertEquals(
        before[2], mailsTo("cadet0-" + plain.suffix() + "@test.tegn.dk"), "7 days: not yet");
    kit.at(Instant.parse("2027-03-05T09:00:00Z"));
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(before[0], mailsTo("cadet0-" + off.suffix() + "@test.tegn.dk"), "still off");
    assertEquals(before[1] + 1, mailsTo("cadet0-" + early.suffix() + "@test.tegn.dk"), "once only");
    assertEquals(
        before[2] + 1, mailsTo("cadet0-" + plain.suffix() + "@test.tegn.dk"), "the default week");
  }
}
