package dk.tegn.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TestDatabase;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.referral.control.MyReferrals;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ChildNotification;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.MyReferralRow;
import dk.tegn.intake.referral.entity.Preview;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.Profession;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.ReferralKind;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.referral.entity.ReferrerStatus;
import dk.tegn.intake.referral.entity.Region;
import dk.tegn.intake.referral.entity.Submitted;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.routing.control.RuleNames;
import dk.tegn.intake.routing.entity.OnCall;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferralSubmissionTest {

  final IntakeHarness h = new IntakeHarness();
  final TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);

  private Submitted submit(TestCaller caller, ReferralForm form) {
    return h.as(caller, s -> s.submission().submit(form));
  }

  private Referral stored(String reference) {
    return h.referral(reference);
  }

  @Test
  void adultWomanWhoConsentsLandsInTheWomenTeamWithEncryptedDetails() {
    Submitted submitted = submit(cadet, Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN));
    assertTrue(submitted.reference().matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    Referral r = stored(submitted.reference());
    assertEquals(h.team("women").getId(), r.getTeamId());
    assertEquals(ReferralKind.WITH_CONSENT, r.getKind());
    assertEquals(Priority.NORMAL, r.getPriority());
    assertEquals(
        "Women",
        RuleNames.resolve(r.getRoutingRuleName(), "en"),
        "every referral records the rule");
    assertEquals("Kvinder", RuleNames.resolve(r.getRoutingRuleName(), "da"), "in both languages");
    assertEquals(ReferralState.SUBMITTED, r.getState());
    assertEquals(IndicatorCatalogue.current().version(), r.getCatalogueVersion());
    assertEquals(ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT, r.getScreeningSignal());
    assertEquals(4, r.getAnswers().size());
    assertEquals(cadet.id(), r.getTransitions().get(0).getActorAccountId());
    assertEquals(8, r.sealedFields().size(), "every identifying field is sealed");
    assertEquals(h.keys.cipher().primaryKeyId(), r.getKeyId());
  }

  @Test
  void childIsRoutedToTheChildrenTeamUrgentWithoutConsent() {
    Submitted submitted = submit(cadet, Forms.boy16(Forms.key(), false));
    Referral r = stored(submitted.reference());
    assertEquals(h.team("children").getId(), r.getTeamId());
    assertEquals(Priority.URGENT, r.getPriority());
    assertEquals(ReferralKind.CHILD, r.getKind());
    assertEquals(AgeCategory.CHILD, r.getAgeCategory(), "an estimated 16 makes a child");
    assertFalse(r.sealedFields().isEmpty(), "a child's details are kept without consent");
    assertEquals(ChildNotification.NOTIFIED, r.getChildNotification());
  }

  @Test
  void aChildsReferrerMustSayWhetherTheyNotifiedTheMunicipality() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    ReferralForm boy = Forms.boy16(Forms.key(), false);
    assertEquals(Set.of(), validator.validate(boy));
    ReferralForm unanswered =
        new ReferralForm(
            boy.idempotencyKey(),
            boy.metOn(),
            boy.metWhere(),
            boy.region(),
            boy.personName(),
            boy.ageCategory(),
            boy.estimatedAge(),
            boy.gender(),
            boy.nationality(),
            boy.languages(),
            boy.interpreterNeeded(),
            boy.contact(),
            boy.exploitationForm(),
            boy.indicators(),
            boy.narrative(),
            boy.immediateDanger(),
            boy.emergencyCalled(),
            boy.consent(),
            boy.profession(),
            boy.referrerCallback(),
            null);
    assertEquals(
        Set.of("childNotification"),
        validator.validate(unanswered).stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet()));
  }

  @Test
  void adultWhoDeclinesIsCountedAnonymouslyWithStatisticsOnly() {
    Submitted submitted = submit(cadet, Forms.adultWoman(Forms.key(), ConsentAnswer.DECLINED));
    Referral r = stored(submitted.reference());
    assertEquals(ReferralKind.ANONYMOUS, r.getKind());
    assertTrue(r.sealedFields().isEmpty(), "no name, contact or narrative");
    assertNull(r.getKeyId());
    assertEquals("RO", r.getNationality());
    assertEquals(4, r.getAnswers().size(), "indicators are statistics");
    assertEquals(h.team("women").getId(), r.getTeamId(), "still routed, as a notification");
  }

  @Test
  void doubleSubmitGivesOneReferralAndTheSameReference() {
    String key = Forms.key();
    Submitted first = submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN));
    Submitted second = submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN));
    assertEquals(first.reference(), second.reference());
    assertFalse(first.repeated());
    assertTrue(second.repeated());
    long count =
        h.inTransaction(
            em ->
                em.createNamedQuery("Referral.findByIdempotencyKey", Referral.class)
                    .setParameter("key", key)
                    .getResultList()
                    .size());
    assertEquals(1, count);
  }

  @Test
  void databaseRefusesASecondReferralWithTheSameIdempotencyKey() throws Exception {
    String key = Forms.key();
    submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN));
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement copy =
            c.prepareStatement(
                "INSERT INTO itk_referral (reference, idempotency_key, referrer_account_id,"
                    + " submitted_at, catalogue_version, kind, age_category, gender, region,"
                    + " exploitation_form, profession, immediate_danger, screening_signal,"
                    + " priority, priority_rank, team_id, routing_rule_name, state) SELECT"
                    + " 'R-RACE', idempotency_key, referrer_account_id, submitted_at,"
                    + " catalogue_version, kind, age_category, gender, region, exploitation_form,"
                    + " profession, immediate_danger, screening_signal, priority, priority_rank,"
                    + " team_id, routing_rule_name, state FROM itk_referral WHERE"
                    + " idempotency_key = ?")) {
      copy.setString(1, key);
      assertThrows(java.sql.SQLIntegrityConstraintViolationException.class, copy::executeUpdate);
    }
  }

  @Test
  void aRepeatWithTheSameKeyButOtherContentIsRefusedNotSilentlyDropped() {
    String key = Forms.key();
    Submitted first = submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN));
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> submit(cadet, Forms.adultWoman(key, ConsentAnswer.DECLINED)));
    assertEquals("intake.referral.idempotencyKey.changed", e.messageKey());
    assertEquals(
        first.reference(),
        submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN)).reference(),
        "the same content again is still a harmless repeat");
  }

  @Test
  void anotherReferrersIdempotencyKeyIsRefusedNotAnswered() {
    String key = Forms.key();
    submit(cadet, Forms.adultWoman(key, ConsentAnswer.GIVEN));
    TestCaller other = h.account("other", h.school, Role.TRAINEE);
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> submit(other, Forms.adultWoman(key, ConsentAnswer.GIVEN)));
    assertEquals("intake.referral.idempotencyKey.taken", e.messageKey());
  }

  @Test
  void teamIsToldANewReferralIsWaitingAndNeverWho() {
    TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);
    h.join(officer, "women");
    submit(cadet, Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN));
    List<OutboxMessage> mails = mailsTo(officer);
    assertEquals(1, mails.size());
    String text = mails.get(0).getSubject() + mails.get(0).getBody();
    assertFalse(text.contains("Ioana"));
    assertFalse(text.contains("Vesterbro"));
    assertFalse(text.contains("RO"));
  }

  @Test
  void immediateDangerIsAcuteAndOnCallOfficersAreTold() {
    TestCaller onCall = h.account("oncall", h.centre, Role.INTAKE_OFFICER);
    h.inTransaction(
        em -> {
          em.persist(new OnCall(onCall.id(), IntakeHarness.NOW));
          return null;
        });
    try {
      Submitted submitted = submit(cadet, Forms.boy16(Forms.key(), true));
      Referral r = stored(submitted.reference());
      assertEquals(Priority.ACUTE, r.getPriority());
      assertTrue(r.isEmergencyCalled());
      List<OutboxMessage> mails = mailsTo(onCall);
      assertEquals(1, mails.size(), "on call, though not in the children's team");
      assertFalse(mails.get(0).getBody().contains("Andrei"));
    } finally {
      h.inTransaction(
          em -> {
            em.remove(em.find(OnCall.class, onCall.id()));
            return null;
          });
    }
  }

  @Test
  void teamMemberWithoutAnEmailAddressDoesNotStopTheReferral() {
    TestCaller officer = h.account("noemail", h.centre, Role.INTAKE_OFFICER);
    h.inTransaction(
        em -> {
          em.find(Account.class, officer.id()).describe("x", null);
          return null;
        });
    h.join(officer, "men");
    ReferralForm man =
        new ReferralForm(
            Forms.key(),
            java.time.LocalDate.now(),
            null,
            Region.UNKNOWN,
            null,
            AgeCategory.ADULT,
            null,
            Gender.MAN,
            null,
            null,
            false,
            null,
            ExploitationForm.FORCED_LABOUR,
            Map.of(),
            null,
            false,
            false,
            ConsentAnswer.GIVEN,
            Profession.HEALTH,
            null,
            null);
    Submitted submitted = submit(cadet, man);
    assertNotNull(stored(submitted.reference()));
  }

  @Test
  void databaseHoldsNoPlainTextOfEncryptedFields() throws Exception {
    TestCaller officer = h.account("reader", h.centre, Role.INTAKE_OFFICER);
    h.join(officer, "women");
    Submitted submitted = submit(cadet, Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN));
    long id = stored(submitted.reference()).getId();
    h.as(
        officer,
        s ->
            s.cases()
                .transition(
                    id,
                    TransitionRequest.of(ReferralAction.TRIAGE)
                        .withComment("Spoke to Ioana Zămfirescu by phone")));
    List<String> secrets =
        List.of(
            "Zămfirescu",
            "Ioana",
            "Vesterbrogade",
            "bruises",
            "Romanian",
            "1234 5678",
            "phone is checked");
    try (Connection c = TestDatabase.dataSource().getConnection()) {
      for (String sql :
          List.of(
              "SELECT * FROM itk_referral WHERE id = ?",
              "SELECT * FROM itk_transition WHERE referral_id = ?",
              "SELECT * FROM itk_indicator_answer WHERE referral_id = ?",
              "SELECT * FROM plt_audit WHERE target_id = ?",
              "SELECT * FROM plt_outbox WHERE id > ? - 1000000")) {
        try (PreparedStatement q = c.prepareStatement(sql)) {
          q.setLong(1, id);
          try (ResultSet rs = q.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                byte[] raw = rs.getBytes(i);
                if (raw == null) {
                  continue;
                }
                for (String charset : List.of("UTF-8", "ISO-8859-1")) {
                  String text = new String(raw, java.nio.charset.Charset.forName(charset));
                  for (String secret : secrets) {
                    assertFalse(
                        text.contains(secret),
                        sql + " column " + rs.getMetaData().getColumnName(i) + " holds plain text");
                  }
                }
              }
            }
          }
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT person_name_ct, narrative_ct FROM itk_referral WHERE id = ?")) {
        q.setLong(1, id);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          assertTrue(
              rs.getBytes(1).length > "Ioana Zămfirescu".getBytes(StandardCharsets.UTF_8).length);
          assertNotNull(rs.getBytes(2));
        }
      }
    }
  }

  @Test
  void referrerSeesOnlyTheStatusOfTheirOwnReferrals() {
    Submitted mine = submit(cadet, Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN));
    TestCaller other = h.account("another", h.school, Role.TRAINEE);
    submit(other, Forms.boy16(Forms.key(), false));
    List<MyReferralRow> rows = h.as(cadet, s -> s.get(MyReferrals.class).mine(0, 50));
    assertEquals(List.of(mine.reference()), rows.stream().map(MyReferralRow::reference).toList());
    assertEquals(ReferrerStatus.RECEIVED, rows.get(0).status());
  }

  @Test
  void previewShowsKindTeamAndPriorityWithoutStoringAnything() {
    ReferralForm boy = Forms.boy16(Forms.key(), false);
    Preview preview = h.as(cadet, s -> s.submission().preview(boy));
    assertEquals(ReferralKind.CHILD, preview.kind());
    assertEquals(Priority.URGENT, preview.priority());
    assertEquals("Children's team", preview.teamName().resolve("en", "da"));
    assertEquals(List.of(), h.as(cadet, s -> s.get(MyReferrals.class).mine(0, 10)));
  }

  @Test
  void formValidationNamesEachBadField() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    ReferralForm bad =
        new ReferralForm(
            "short",
            java.time.LocalDate.now().plusDays(3),
            null,
            null,
            "x".repeat(201),
            AgeCategory.ADULT,
            150,
            null,
            "Romania",
            null,
            false,
            null,
            null,
            Map.of("no-such-indicator", Answer.OBSERVED),
            null,
            false,
            false,
            null,
            null,
            null,
            null);
    Set<String> fields =
        validator.validate(bad).stream()
            .map(ConstraintViolation::getPropertyPath)
            .map(Object::toString)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "idempotencyKey",
            "metOn",
            "region",
            "personName",
            "estimatedAge",
            "gender",
            "nationality",
            "exploitationForm",
            "profession",
            "consent",
            "indicators"),
        fields);
    assertTrue(
        validator.validate(Forms.boy16(Forms.key(), false)).isEmpty(),
        "a child needs no consent answer");
  }

  private List<OutboxMessage> mailsTo(TestCaller account) {
    return h.inTransaction(
        em ->
            em.createNamedQuery("OutboxMessage.findByRecipient", OutboxMessage.class)
                .setParameter("recipient", account.username() + "@example.test")
                .getResultList());
  }
}
