package dk.tegn.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.referral.control.MyReferrals;
import dk.tegn.intake.referral.control.ReferenceNumbers;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.CaseOutcome;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.Profession;
import dk.tegn.intake.referral.entity.QueueCount;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.ReferralDetails;
import dk.tegn.intake.referral.entity.ReferralFacts;
import dk.tegn.intake.referral.entity.ReferralKind;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.referral.entity.ReferrerStatus;
import dk.tegn.intake.referral.entity.Region;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.routing.entity.RoutingDecision;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralCaseTest {

  final IntakeHarness h = new IntakeHarness();
  final TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
  final TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);

  private long submitWoman() {
    return h.referWoman(cadet);
  }

  private QueueRow step(TestCaller who, long id, TransitionRequest request) {
    return h.as(who, s -> s.cases().transition(id, request));
  }

  @Test
  void officerOfTheRoutedTeamReadsTheDetailsAndTheReadIsAudited() {
    h.join(officer, "women");
    long id = submitWoman();
    ReferralDetails d = h.as(officer, s -> s.cases().details(id));
    assertEquals(Forms.NAME, d.field(SealedField.PERSON_NAME));
    assertEquals(Forms.NARRATIVE, d.field(SealedField.NARRATIVE));
    assertEquals("24", d.field(SealedField.ESTIMATED_AGE));
    assertEquals("cadet", d.referrerName());
    assertEquals(ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT, d.screeningSignal());
    List<AuditEntry> audit = h.audit(IntakeAccess.REFERRAL, id);
    assertTrue(
        audit.stream()
            .anyMatch(
                a ->
                    a.getAction().equals("intake.referral.read")
                        && a.getOutcome() == Outcome.ALLOWED
                        && officer.id().equals(a.getActorAccountId())));
  }

  @Test
  void traineeCoordinatorAdminAndOfficerOfAnotherTeamAreRefusedAndEachRefusalIsAudited() {
    h.join(officer, "women");
    long id = submitWoman();
    TestCaller coordinator = h.account("coord", h.centre, Role.COORDINATOR);
    TestCaller admin = h.account("admin", h.centre, Role.ADMIN);
    TestCaller otherTeam = h.account("men-officer", h.centre, Role.INTAKE_OFFICER);
    h.join(otherTeam, "men");
    TestCaller memberWithoutRole = h.account("former", h.centre, Role.TRAINEE);
    h.join(memberWithoutRole, "women");
    List<TestCaller> refused = List.of(cadet, coordinator, admin, otherTeam, memberWithoutRole);
    for (TestCaller caller : refused) {
      assertThrows(
          AccessDeniedException.class,
          () -> h.as(caller, s -> s.cases().details(id)),
          caller.username());
    }
    List<AuditEntry> audit = h.audit(IntakeAccess.REFERRAL, id);
    for (TestCaller caller : refused) {
      assertTrue(
          audit.stream()
              .anyMatch(
                  a ->
                      caller.id().equals(a.getActorAccountId())
                          && a.getOutcome() == Outcome.REFUSED
                          && a.getAction().equals("intake.referral.read")),
          "refusal of " + caller.username() + " audited");
    }
    assertTrue(
        audit.stream().noneMatch(a -> a.getDetail() != null && a.getDetail().contains("Ioana")));
  }

  @Test
  void adminWhoIsAlsoAnOfficerOfTheTeamMayRead() {
    TestCaller both = h.account("both", h.centre, Role.ADMIN, Role.INTAKE_OFFICER);
    h.join(both, "women");
    long id = submitWoman();
    assertEquals(Forms.NAME, h.as(both, s -> s.cases().details(id)).field(SealedField.PERSON_NAME));
  }

  @Test
  void nonOfficerCannotProbeWhichReferralIdsExist() {
    AccessDeniedException e =
        assertThrows(AccessDeniedException.class, () -> h.as(cadet, s -> s.cases().details(-1)));
    assertFalse(e.getMessage().contains("not found"));
    h.join(officer, "women");
    assertThrows(RecordNotFoundException.class, () -> h.as(officer, s -> s.cases().details(-1)));
  }

  @Test
  void officerWorksAReferralToAnOutcomeWithAReflectionPeriodAndTheReferrerSeesOnlyStatus() {
    h.join(officer, "women");
    long id = submitWoman();
    step(officer, id, TransitionRequest.of(ReferralAction.TRIAGE).withComment("Looks urgent"));
    step(
        officer,
        id,
        new TransitionRequest(ReferralAction.ASSIGN, officer.id(), null, null, null, null));
    step(officer, id, TransitionRequest.of(ReferralAction.RECORD_CONTACT));
    assertEquals(
        ReferrerStatus.BEING_HANDLED,
        h.as(cadet, s -> s.get(MyReferrals.class).mine(0, 5)).get(0).status());
    step(
        officer,
        id,
        new TransitionRequest(
            ReferralAction.RECORD_OUTCOME,
            null,
            CaseOutcome.DIS_ASSESSED_AS_VICTIM,
            null,
            null,
            "Interview with interpreter"));
    QueueRow extended =
        step(
            officer,
            id,
            new TransitionRequest(ReferralAction.EXTEND_REFLECTION, null, null, null, 14, null));
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertEquals(today.plusDays(44), extended.reflectionEndsOn());
    step(officer, id, TransitionRequest.of(ReferralAction.CLOSE));
    ReferralDetails d = h.as(officer, s -> s.cases().details(id));
    assertEquals(ReferralState.CLOSED, d.state());
    assertEquals(CaseOutcome.DIS_ASSESSED_AS_VICTIM, d.outcome());
    assertEquals(today, d.reflectionStartsOn());
    assertEquals(7, d.history().size());
    assertEquals("Looks urgent", d.history().get(1).comment());
    assertEquals("officer", d.history().get(1).actorName());
    assertEquals(IntakeHarness.NOW, d.history().get(1).at());
    assertEquals("Interview with interpreter", d.history().get(4).comment());
    assertEquals(
        ReferrerStatus.CLOSED,
        h.as(cadet, s -> s.get(MyReferrals.class).mine(0, 5)).get(0).status());
  }

  @Test
  void referralCanOnlyBeAssignedToAnOfficerOfItsTeam() {
    h.join(officer, "women");
    long id = submitWoman();
    step(officer, id, TransitionRequest.of(ReferralAction.TRIAGE));
    TestCaller stranger = h.account("stranger", h.centre, Role.INTAKE_OFFICER);
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                step(
                    officer,
                    id,
                    new TransitionRequest(
                        ReferralAction.ASSIGN, stranger.id(), null, null, null, null)));
    assertEquals("intake.referral.assign.notMember", e.messageKey());
    RuleViolationException missing =
        assertThrows(
            RuleViolationException.class,
            () -> step(officer, id, TransitionRequest.of(ReferralAction.RECORD_OUTCOME)));
    assertEquals("intake.referral.transition.missing", missing.messageKey());
  }

  @Test
  void reassignedReferralLeavesTheQueueOfTheFirstTeam() {
    h.join(officer, "women");
    long id = submitWoman();
    long men = h.team("men").getId();
    step(
        officer,
        id,
        new TransitionRequest(ReferralAction.REASSIGN_TEAM, null, null, men, null, null));
    assertThrows(AccessDeniedException.class, () -> h.as(officer, s -> s.cases().details(id)));
  }

  @Test
  void queueListsAcuteAndUrgentFirstThenOldestAndOnlyForItsTeam() {
    Team team = newTeam("q-");
    h.join(officer, team.getCode());
    List<Priority> arrival =
        List.of(Priority.NORMAL, Priority.URGENT, Priority.NORMAL, Priority.ACUTE);
    for (Priority p : arrival) {
      referral(team, p);
    }
    List<QueueRow> queue = h.as(officer, s -> s.queue().queue(team.getId(), null, 0, 50));
    assertEquals(
        List.of(Priority.ACUTE, Priority.URGENT, Priority.NORMAL, Priority.NORMAL),
        queue.stream().map(QueueRow::priority).toList());
    assertTrue(queue.get(2).id() < queue.get(3).id(), "oldest first within a priority");
    long count = h.as(officer, s -> s.queue().count(team.getId(), null));
    assertEquals(4, count);
    assertEquals(
        List.of(team.getId()),
        h.as(officer, s -> s.queue().myTeams()).stream().map(Team::getId).toList());
    TestCaller other = h.account("other", h.centre, Role.INTAKE_OFFICER);
    assertThrows(
        AccessDeniedException.class,
        () -> h.as(other, s -> s.queue().queue(team.getId(), null, 0, 50)));
    assertTrue(
        h.audit(IntakeAccess.TEAM, team.getId()).stream()
            .anyMatch(
                a ->
                    a.getOutcome() == Outcome.REFUSED && other.id().equals(a.getActorAccountId())));
  }

  @Test
  void
      theFirstScreenListsEveryAcuteReferralOfEveryTeamOfTheOfficerOldestFirstAndTheTabsCountThem() {
    Team children = newTeam("a-");
    Team women = newTeam("b-");
    Team notMine = newTeam("c-");
    h.join(officer, children.getCode(), women.getCode());
    long womenAcute = referral(women, Priority.ACUTE);
    long childrenAcute = referral(children, Priority.ACUTE);
    referral(children, Priority.URGENT);
    referral(women, Priority.NORMAL);
    referral(notMine, Priority.ACUTE);

    List<QueueRow> acute = h.as(officer, s -> s.queue().acute(50));
    assertEquals(
        List.of(womenAcute, childrenAcute),
        acute.stream().map(QueueRow::id).toList(),
        "the women's acute case is not hidden behind the children's team, and the oldest is first");
    assertEquals(
        List.of(women.getId(), children.getId()), acute.stream().map(QueueRow::teamId).toList());
    Map<Long, Long> open =
        h.as(officer, s -> s.queue().openCounts()).stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    QueueCount::teamId,
                    java.util.stream.Collectors.summingLong(QueueCount::count)));
    assertEquals(Map.of(children.getId(), 2L, women.getId(), 2L), open);
    TestCaller trainee = h.account("acute-trainee", h.school, Role.TRAINEE);
    assertThrows(AccessDeniedException.class, () -> h.as(trainee, s -> s.queue().acute(50)));
  }

  private Team newTeam(String prefix) {
    return h.inTransaction(
        em -> {
          Team t =
              new Team(
                  prefix + h.suffix, LocalizedText.of("en", prefix + "team"), IntakeHarness.NOW);
          em.persist(t);
          em.flush();
          return t;
        });
  }

  /** An anonymous referral of the priority in the team's queue, straight into the database. */
  private long referral(Team team, Priority p) {
    return h.inTransaction(
        em -> {
          Referral r =
              new Referral(
                  new ReferralFacts(
                      ReferenceNumbers.next(),
                      Forms.key(),
                      cadet.id(),
                      "ilo-ec-2009-v1",
                      ReferralKind.ANONYMOUS,
                      AgeCategory.ADULT,
                      Gender.OTHER,
                      null,
                      Region.UNKNOWN,
                      ExploitationForm.OTHER,
                      Profession.OTHER,
                      p == Priority.ACUTE,
                      false,
                      false,
                      ScreeningSignal.NOT_ENOUGH_INFORMATION,
                      Map.of()),
                  new RoutingDecision(team.getId(), null, "test", p),
                  IntakeHarness.NOW);
          em.persist(r);
          em.flush();
          return r.getId();
        });
  }
}
