package dk.tegn.coordination.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.ReminderTexts;
import dk.tegn.coordination.enrolment.control.Reminders;
import dk.tegn.coordination.enrolment.control.Reminders.Reminded;
import dk.tegn.coordination.enrolment.control.Wording;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.Role;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.Grant;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.enrolment.control.Enrolments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own reminder wording on the test MariaDB: read, saved, restored and audited in
 * the organisation only, used by the daily run and by a coordinator reminding one person, who is
 * reminded at most once a day however often the button is pressed.
 */
class ReminderTextsTest {

  private static final String SUBJECT = "Husk {course} senest {due}";
  private static final String BODY =
      "Hej {name}\n\n{course} mangler stadig.\n{link}\n\nHilsen skolen";

  private final CoordinationKit kit = new CoordinationKit();

  @Test
  void anOrganisationWithoutItsOwnTextGetsTheStandardOneWithNamedPlaceholders() {
    Org org = kit.organisation(0);
    Wording danish = of(org.coordinator(), org.id(), ReminderKind.OVERDUE, "da");
    assertFalse(danish.isOwn());
    assertEquals("Fristen er overskredet: {course}", danish.getSubject());
    assertTrue(danish.getBody().startsWith("Kære {name}"), danish.getBody());
    assertTrue(danish.getBody().contains("{due}") && danish.getBody().contains("{link}"));
    Wording english = of(org.coordinator(), org.id(), ReminderKind.EXPIRING, "en");
    assertEquals("Your certificate for {course} expires soon", english.getSubject());
  }

  @Test
  void aCoordinatorsTextIsUsedWhenTheyRemindOnePersonAndOnlyOnceADay() {
    Org org = kit.organisation(1);
    long enrolment = overdueEnrolment(org);
    save(org.coordinator(), org.id(), ReminderKind.OVERDUE, "da", SUBJECT, BODY);
    String address = "cadet0-" + org.suffix() + "@test.tegn.dk";
    int before = kit.mailsTo(address).size();

    Reminded first = kit.as(org.coordinator(), w -> w.get(Reminders.class).remindOne(enrolment));
    assertEquals(Reminded.SENT, first);
    OutboxMessage mail = kit.mailsTo(address).get(0);
    assertEquals("Husk Tegn på menneskehandel senest 5. marts 2027", mail.getSubject());
    assertTrue(
        mail.getBody().startsWith("Hej Kadet cadet0-" + org.suffix() + "\n"), mail.getBody());
    assertTrue(mail.getBody().contains("courses/learn/my-courses.xhtml"), mail.getBody());

    Reminded again = kit.as(org.coordinator(), w -> w.get(Reminders.class).remindOne(enrolment));
    assertEquals(Reminded.ALREADY_TODAY, again, "a double click sends nothing more");
    int all = kit.as(org.coordinator(), w -> w.get(Reminders.class).remindNow(List.of(enrolment)));
    assertEquals(0, all, "nor does reminding all overdue the same day");
    assertEquals(before + 1, kit.mailsTo(address).size());
    assertEquals(List.of("SENT", "ALREADY_TODAY"), audited(org, "coordination.remindOne"));

    kit.at(Instant.parse("2027-03-11T09:00:00Z"));
    assertEquals(
        Reminded.SENT,
        kit.as(org.coordinator(), w -> w.get(Reminders.class).remindOne(enrolment)),
        "the next day they can be reminded again");
  }

  @Test
  void theDailyRunUsesTheOrganisationsTextAndTheStandardOneAgainOnceRestored() {
    Org org = kit.organisation(1);
    String address = "cadet0-" + org.suffix() + "@test.tegn.dk";
    enrolment(org, LocalDate.parse("2027-03-05"));
    save(
        org.coordinator(), org.id(), ReminderKind.DUE_SOON, "da", "Snart: {course}", "Hej {name}.");
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    OutboxMessage dueSoon = kit.mailsTo(address).get(0);
    assertEquals("Snart: Tegn på menneskehandel", dueSoon.getSubject());
    assertEquals("Hej Kadet cadet0-" + org.suffix() + ".", dueSoon.getBody());

    Wording restored =
        kit.as(
            org.coordinator(),
            w -> w.get(ReminderTexts.class).restoreDefault(org.id(), ReminderKind.DUE_SOON, "da"));
    assertFalse(restored.isOwn());
    assertEquals(
        List.of("DUE_SOON da", "DUE_SOON da"),
        audited(org, "coordination.reminderText.change", "coordination.reminderText.restore"));
    kit.at(Instant.parse("2027-03-07T09:00:00Z"));
    kit.as(null, w -> w.get(Reminders.class).sendDue());
    assertEquals(
        "Fristen er overskredet: Tegn på menneskehandel", kit.mailsTo(address).get(0).getSubject());
  }

  @Test
  void onlyTheOrganisationsCoordinatorOrAdminReadsAndWordsItsReminders() {
    Org mine = kit.organisation(1);
    Org theirs = kit.organisation(1);
    assertThrows(
        AccessDeniedException.class,
        () -> of(mine.coordinator(), theirs.id(), ReminderKind.OVERDUE, "da"));
    assertThrows(
        AccessDeniedException.class,
        () -> save(mine.coordinator(), theirs.id(), ReminderKind.OVERDUE, "da", SUBJECT, BODY));
    assertThrows(
        AccessDeniedException.class,
        () -> of(mine.trainee(0), mine.id(), ReminderKind.OVERDUE, "da"));
    TestCaller admin =
        TestCaller.granted(mine.coordinatorId(), mine.id(), new Grant(Role.ADMIN, mine.id()));
    assertTrue(
        save(admin, mine.id(), ReminderKind.OVERDUE, "en", "Late: {course}", "Hi {name}").isOwn());
    assertFalse(
        of(theirs.coordinator(), theirs.id(), ReminderKind.OVERDUE, "en").isOwn(),
        "one organisation's text is not another's");

    long theirEnrolment = overdueEnrolment(theirs);
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(mine.coordinator(), w -> w.get(Reminders.class).remindOne(theirEnrolment)));
  }

  @Test
  void aTextWithAnUnknownPlaceholderOrNothingInItOrOfAnotherKindIsRefused() {
    Org org = kit.organisation(0);
    for (String[] wording :
        new String[][] {
          {"Husk {kursus}", BODY}, {SUBJECT, "Hej {name}, se {corse}"}, {" ", BODY}
        }) {
      assertThrows(
          RuleViolationException.class,
          () ->
              save(
                  org.coordinator(), org.id(), ReminderKind.OVERDUE, "da", wording[0], wording[1]));
    }
    assertThrows(
        RuleViolationException.class,
        () -> save(org.coordinator(), org.id(), ReminderKind.ASSIGNED, "da", SUBJECT, BODY));
    assertThrows(
        RuleViolationException.class,
        () -> save(org.coordinator(), org.id(), ReminderKind.OVERDUE, "de", SUBJECT, BODY));
  }

  @Test
  void someoneNotOverdueIsNotRemindedAsOverdue() {
    Org org = kit.organisation(1);
    long enrolment = enrolment(org, LocalDate.parse("2027-04-01"));
    assertEquals(
        Reminded.NOT_OVERDUE,
        kit.as(org.coordinator(), w -> w.get(Reminders.class).remindOne(enrolment)));
  }

  @Test
  void aWordingThatRepeatsALongTitleIsCutToWhatTheOutboxKeepsRatherThanFailing() {
    Org org = kit.organisation(1);
    long enrolment = overdueEnrolment(org);
    save(org.coordinator(), org.id(), ReminderKind.OVERDUE, "da", "{course}".repeat(25), BODY);
    assertEquals(
        Reminded.SENT, kit.as(org.coordinator(), w -> w.get(Reminders.class).remindOne(enrolment)));
    String subject = kit.mailsTo("cadet0-" + org.suffix() + "@test.tegn.dk").get(0).getSubject();
    assertEquals(300, subject.length());
    assertTrue(subject.startsWith("Tegn på menneskehandelTegn på") && subject.endsWith("…"));
  }

  /** The first trainee's enrolment, due 5 March and overdue on 10 March (the kit's clock). */
  private long overdueEnrolment(Org org) {
    long enrolment = enrolment(org, LocalDate.parse("2027-03-05"));
    kit.at(Instant.parse("2027-03-10T09:00:00Z"));
    return enrolment;
  }

  /** The first trainee's enrolment in a new course of the organisation, due on a day. */
  private long enrolment(Org org, LocalDate due) {
    long course = kit.course(org.id(), false, null);
    return kit.as(
        org.coordinator(),
        w -> {
          w.get(Assignments.class).assignToPerson(org.traineeIds().get(0), course, due);
          return w.get(Enrolments.class).active(org.traineeIds().get(0), course).getId();
        });
  }

  private Wording of(TestCaller caller, long organisationId, ReminderKind kind, String language) {
    return kit.as(caller, w -> w.get(ReminderTexts.class).of(organisationId, kind, language));
  }

  private Wording save(
      TestCaller caller,
      long organisationId,
      ReminderKind kind,
      String language,
      String subject,
      String body) {
    return kit.as(
        caller,
        w -> w.get(ReminderTexts.class).save(organisationId, kind, language, subject, body));
  }

  /** The details (or else the actions) of the organisation's coordinator's audited actions. */
  private List<String> audited(Org org, String... actions) {
    return kit.as(
        null,
        w ->
            w
                .em()
                .createQuery(
                    "select a from AuditEntry a where a.actorAccountId = :account and a.action in"
                        + " :actions order by a.id",
                    AuditEntry.class)
                .setParameter("account", org.coordinatorId())
                .setParameter("actions", List.of(actions))
                .getResultList()
                .stream()
                .map(a -> a.getDetail() == null ? a.getAction() : a.getDetail())
                .toList());
  }
}
