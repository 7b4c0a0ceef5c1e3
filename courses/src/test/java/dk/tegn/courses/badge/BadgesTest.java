package dk.tegn.courses.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.badge.control.BadgePng;
import dk.tegn.courses.badge.control.BadgeUrls;
import dk.tegn.courses.badge.control.Badges;
import dk.tegn.courses.calendar.control.CalendarFeeds;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.certificate.control.MyCertificate;
import dk.tegn.courses.certificate.control.Verification;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.control.WhatNext;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A completed course's certificate as an Open Badge, on the real test MariaDB. */
class BadgesTest {

  static final long QUIZ = 9_002;
  static final BadgeUrls URLS = new BadgeUrls("https://tegn.example.dk");

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(2);
  final long courseId = publishedCourse();
  final String code = complete();
  final long enrolmentId =
      kit.as(org.trainee(0), b -> b.get(Enrolments.class).mine(0, 10)).get(0).enrolmentId();
  final String organisationCode =
      kit.as(org.trainee(0), b -> b.em().find(Organisation.class, org.id()).getCode());

  @Test
  void aCompletedCourseIsAValidOpenBadgeForTheHoldersAddress() {
    JsonObject assertion = assertion().orElseThrow().json();
    assertEquals(List.of(), OpenBadgesSchemas.problems("Assertion", assertion.toString()));
    JsonObject recipient = assertion.getJsonObject("recipient");
    assertEquals(
        dk.tegn.courses.badge.control.OpenBadges.identityHash(
            "kadet@example.dk", recipient.getString("salt")),
        recipient.getString("identity"));
    assertEquals("2026-11-23T10:00:00Z", assertion.getString("issuedOn"));
    assertEquals("2028-11-23T10:00:00Z", assertion.getString("expires"), "24 months' validity");
    assertEquals(URLS.badgeClass(courseId, 1), assertion.getString("badge"));

    JsonObject badgeClass =
        kit.as(org.trainee(1), b -> b.get(Badges.class).badgeClass(URLS, courseId, 1))
            .orElseThrow();
    assertEquals(List.of(), OpenBadgesSchemas.problems("BadgeClass", badgeClass.toString()));
    assertEquals("Menneskehandel — tegnene", badgeClass.getString("name"));
    assertEquals(URLS.issuer(organisationCode), badgeClass.getString("issuer"));
    JsonObject issuer =
        kit.as(org.trainee(1), b -> b.get(Badges.class).issuer(URLS, organisationCode))
            .orElseThrow();
    assertEquals(List.of(), OpenBadgesSchemas.problems("Issuer", issuer.toString()));
    assertTrue(issuer.getString("name").startsWith("Politiskolen"));
    assertTrue(kit.as(org.trainee(1), b -> b.get(Badges.class).image(courseId)).isPresent());
  }

  @Test
  void theHolderDownloadsTheBadgeBakedWithTheSameAssertionAndNobodyElseCan() {
    byte[] png =
        kit.as(org.trainee(0), b -> b.get(Badges.class).baked(URLS, enrolmentId)).orElseThrow();
    JsonObject baked =
        Json.createReader(new StringReader(BadgePng.extract(png).orElseThrow())).readObject();
    assertEquals(assertion().orElseThrow().json(), baked);
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(org.trainee(1), b -> b.get(Badges.class).baked(URLS, enrolmentId)));
  }

  @Test
  void aWithdrawnCertificatesBadgeIsRevokedWithTheReason() {
    assertThrows(
        AccessDeniedException.class,
        () -> withdraw(org.trainee(0), "Jeg vil ikke"),
        "a trainee withdraws nothing, not even their own");
    assertThrows(RuleViolationException.class, () -> withdraw(org.coordinator(), " "));

    withdraw(org.coordinator(), "Udstedt ved en fejl");

    Badges.Answer answer = assertion().orElseThrow();
    assertTrue(answer.revoked());
    assertEquals(
        List.of(), OpenBadgesSchemas.problems("RevokedAssertion", answer.json().toString()));
    assertEquals("Udstedt ved en fejl", answer.json().getString("revocationReason"));
    JsonObject list =
        kit.as(org.trainee(1), b -> b.get(Badges.class).revocationList(URLS, organisationCode))
            .orElseThrow();
    assertEquals(List.of(), OpenBadgesSchemas.problems("RevocationList", list.toString()));
    assertEquals(
        URLS.assertion(code),
        list.getJsonArray("revokedAssertions").getJsonObject(0).getString("id"));
    assertEquals(
        Optional.empty(),
        kit.as(org.trainee(0), b -> b.get(Badges.class).baked(URLS, enrolmentId)),
        "no baked badge of a withdrawn certificate");

    Verification v =
        kit.as(org.trainee(1), b -> b.get(Certificates.class).verify(code)).orElseThrow();
    assertEquals("withdrawn", v.status());
    assertFalse(v.valid());
    assertEquals("Udstedt ved en fejl", v.withdrawalReason());
    assertThrows(
        RuleViolationException.class,
        () -> withdraw(org.coordinator(), "Igen"),
        "withdrawn once; the first reason stands");
  }

  @Test
  void theVerifyPageStatesExpiryAndWhoMayWithdraw() {
    kit.at(Instant.parse("2028-11-23T10:00:00Z"));
    Verification expired =
        kit.as(org.trainee(1), b -> b.get(Certificates.class).verify(code)).orElseThrow();
    assertEquals("expired", expired.status());
    assertFalse(expired.withdrawable());
    assertTrue(expired.issuerName().startsWith("Politiskolen"));
    assertTrue(
        kit.as(org.coordinator(), b -> b.get(Certificates.class).verify(code))
            .orElseThrow()
            .withdrawable());
  }

  @Test
  void myCertificatesListsTheHoldersOwnWithWhatTheyCanDoAndNobodyElses() {
    MyCertificate valid = myCertificates(0).get(0);
    assertEquals(code, valid.code());
    assertEquals(courseId, valid.courseId());
    assertEquals(enrolmentId, valid.enrolmentId());
    assertEquals(MyCertificate.State.VALID, valid.state());
    assertFalse(valid.renewable());
    assertEquals(List.of(), myCertificates(1), "another trainee of the organisation sees none");

    // 24 months of validity: within the home page's warning window it is due for renewal
    kit.at(valid.expiresAt().minus(WhatNext.EXPIRY_WARNING).plusSeconds(60));
    assertEquals(MyCertificate.State.EXPIRING, myCertificates(0).get(0).state());
    assertTrue(myCertificates(0).get(0).renewable());
    kit.at(valid.expiresAt());
    assertEquals(MyCertificate.State.EXPIRED, myCertificates(0).get(0).state());

    withdraw(org.coordinator(), "Udstedt ved en fejl");
    MyCertificate withdrawn = myCertificates(0).get(0);
    assertEquals(MyCertificate.State.WITHDRAWN, withdrawn.state());
    assertEquals("Udstedt ved en fejl", withdrawn.withdrawalReason());
    assertFalse(withdrawn.renewable());
  }

  @Test
  void theCalendarFeedCarriesDueDatesAndExpiriesBehindASecretThatCanBeReplacedAndStopped()
      throws Exception {
    kit.as(
        org.coordinator(),
        b ->
            b.get(Enrolments.class)
                .enrol(org.traineeIds().get(1), courseId, LocalDate.parse("2027-01-15")));
    String holder = kit.as(org.trainee(0), b -> b.get(CalendarFeeds.class).create());
    String other = kit.as(org.trainee(1), b -> b.get(CalendarFeeds.class).create());
    assertTrue(holder.length() >= 40, "32 random bytes");

    // the holder completed the course: no due date left, the certificate's expiry instead
    VEvent expiry = onlyEvent(holder);
    assertTrue(expiry.getSummary().getValue().startsWith("Kursusbevis udløber: "));
    assertFalse(expiry.getDateStart().getValue().hasTime(), "an all-day event");
    MyCertificate certificate = myCertificates(0).get(0);
    assertEquals(
        LocalDate.ofInstant(certificate.expiresAt(), java.time.ZoneId.of("Europe/Copenhagen")),
        day(expiry));
    // a time zone of one's own (the profile) puts the expiry on that zone's day
    kit.as(
        org.trainee(0),
        b -> {
          b.em()
              .find(dk.tegn.core.account.entity.Account.class, org.traineeIds().get(0))
              .chooseTimeZone("Pacific/Pago_Pago");
          return null;
        });
    LocalDate inPagoPago =
        LocalDate.ofInstant(certificate.expiresAt(), java.time.ZoneId.of("Pacific/Pago_Pago"));
    assertNotEquals(day(expiry), inPagoPago, "a day earlier at UTC-11");
    assertEquals(inPagoPago, day(onlyEvent(holder)));
    // the other trainee has not started: the due date
    VEvent due = onlyEvent(other);
    assertTrue(due.getSummary().getValue().startsWith("Frist: "), due.getSummary().getValue());
    assertEquals(LocalDate.parse("2027-01-15"), day(due));

    String replaced = kit.as(org.trainee(0), b -> b.get(CalendarFeeds.class).create());
    assertEquals(Optional.empty(), ics(holder), "a new address stops the old one");
    assertTrue(ics(replaced).isPresent());
    kit.as(
        org.trainee(0),
        b -> {
          b.get(CalendarFeeds.class).stop();
          return null;
        });
    assertEquals(Optional.empty(), ics(replaced), "stopped");
    boolean exists = kit.as(org.trainee(0), b -> b.get(CalendarFeeds.class).exists());
    assertFalse(exists);
    assertEquals(Optional.empty(), ics("no-such-secret"));
    assertEquals(Optional.empty(), ics(null));
  }

  private Optional<String> ics(String token) {
    return kit.as(org.trainee(1), b -> b.get(CalendarFeeds.class).ics(token));
  }

  /** The calendar day written in the feed, as a calendar program reads it. */
  private static LocalDate day(VEvent event) {
    var written = event.getDateStart().getValue().getRawComponents();
    return LocalDate.of(written.getYear(), written.getMonth(), written.getDate());
  }

  /** The feed parsed back as calendar programs read it (RFC 5545), with its one event. */
  private VEvent onlyEvent(String token) {
    ICalendar calendar = Biweekly.parse(ics(token).orElseThrow()).first();
    assertEquals(1, calendar.getEvents().size(), calendar.getEvents().toString());
    return calendar.getEvents().get(0);
  }

  private List<MyCertificate> myCertificates(int trainee) {
    return kit.as(org.trainee(trainee), b -> b.get(Certificates.class).mine(0, 50));
  }

  @Test
  void unknownCodesCoursesAndOrganisationsAreNotFound() {
    assertEquals(
        Optional.empty(),
        kit.as(
            org.trainee(1), b -> b.get(Badges.class).assertion(URLS, "AAAAA-AAAAA-AAAAA-AAAAA")));
    assertEquals(
        Optional.empty(),
        kit.as(org.trainee(1), b -> b.get(Badges.class).badgeClass(URLS, courseId, 99)));
    assertEquals(
        Optional.empty(), kit.as(org.trainee(1), b -> b.get(Badges.class).issuer(URLS, "no-org")));
    assertEquals(
        Optional.empty(), kit.as(org.trainee(1), b -> b.get(Badges.class).image(Long.MAX_VALUE)));
  }

  private Optional<Badges.Answer> assertion() {
    return kit.as(org.trainee(1), b -> b.get(Badges.class).assertion(URLS, code.toLowerCase()));
  }

  private void withdraw(TestCaller caller, String reason) {
    kit.as(
        caller,
        b -> {
          b.get(Certificates.class).withdraw(code, reason);
          return null;
        });
  }

  private long publishedCourse() {
    long id =
        kit.as(
            org.trainer(),
            b -> {
              Course c = SampleCourses.twoModules(org.id(), org.trainerId(), QUIZ);
              c.configure(Set.of(), List.of("da", "en"), 30, true, 24);
              b.em().persist(c);
              b.em().flush();
              b.get(Publishing.class).publish(c.getId(), null, false);
              b.em()
                  .find(Account.class, org.traineeIds().get(0))
                  .describe("Kadet Ærø", "Kadet@Example.dk");
              return c.getId();
            });
    kit.as(
        org.coordinator(),
        b ->
            b.get(Enrolments.class)
                .enrol(org.traineeIds().get(0), id, LocalDate.parse("2026-12-31")));
    return id;
  }

  private String complete() {
    List<PublishedItem> items =
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).course().items();
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, items.get(0).key()));
    kit.as(org.trainee(0), b -> b.get(Learning.class).reveal(courseId, items.get(1).key()));
    kit.as(
        org.trainee(0),
        b -> {
          b.get(Completion.class)
              .attemptGraded(new AttemptGraded(org.traineeIds().get(0), QUIZ, 1, 100, true));
          return null;
        });
    return kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).certificateCode();
  }
}
