package dk.tegn.intake.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.routing.control.IntakeDemoSetup;
import dk.tegn.intake.routing.control.RoutingAdministration;
import dk.tegn.intake.routing.entity.MemberRow;
import dk.tegn.intake.routing.entity.RoutingRule;
import dk.tegn.intake.routing.entity.RuleForm;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingAdministrationTest {

  final IntakeHarness h = new IntakeHarness();
  final TestCaller admin = h.account("admin", h.centre, Role.ADMIN);

  @Test
  void ruleEditedByAnAdminRoutesTheNextReferral() {
    Team special =
        h.inTransaction(
            em -> {
              Team t =
                  new Team("t-" + h.suffix, LocalizedText.of("en", "Special"), IntakeHarness.NOW);
              em.persist(t);
              em.flush();
              return t;
            });
    TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
    RoutingRule rule =
        h.as(
            admin,
            s ->
                s.get(RoutingAdministration.class)
                    .saveRule(
                        null,
                        new RuleForm(
                            1,
                            "Test " + h.suffix,
                            Set.of(AgeCategory.ADULT),
                            Set.of(Gender.WOMAN),
                            special.getId(),
                            true)));
    try {
      String reference =
          h.as(
                  cadet,
                  s -> s.submission().submit(Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN)))
              .reference();
      Referral r = h.referral(reference);
      assertEquals(special.getId(), r.getTeamId());
      assertEquals("Test " + h.suffix, r.getRoutingRuleName());
      assertEquals(rule.getId(), r.getRoutingRuleId());
    } finally {
      h.as(
          admin,
          s -> {
            s.get(RoutingAdministration.class).deleteRule(rule.getId());
            return null;
          });
    }
  }

  @Test
  void theLastCatchAllRuleCannotBeRemoved() {
    List<RoutingRule> rules = h.as(admin, s -> s.get(RoutingAdministration.class).rules());
    RoutingRule catchAll = rules.stream().filter(RoutingRule::catchAll).findFirst().orElseThrow();
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                h.as(
                    admin,
                    s -> {
                      s.get(RoutingAdministration.class).deleteRule(catchAll.getId());
                      return null;
                    }));
    assertEquals("intake.routing.catchAllRequired", e.messageKey());
    assertTrue(
        h.as(admin, s -> s.get(RoutingAdministration.class).rules()).stream()
            .anyMatch(RoutingRule::catchAll));
  }

  @Test
  void onlyAnAdminOfTheCentreChangesRoutingAndOnlyOfficersBecomeMembers() {
    TestCaller schoolAdmin = h.account("school-admin", h.school, Role.ADMIN);
    TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);
    assertThrows(
        AccessDeniedException.class,
        () -> h.as(schoolAdmin, s -> s.get(RoutingAdministration.class).rules()));
    assertThrows(
        AccessDeniedException.class,
        () -> h.as(officer, s -> s.get(RoutingAdministration.class).rules()));
    long men = h.team("men").getId();
    TestCaller trainee = h.account("trainee", h.school, Role.TRAINEE);
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                h.as(
                    admin,
                    s -> {
                      s.get(RoutingAdministration.class).addMember(men, trainee.username());
                      return null;
                    }));
    assertEquals("intake.team.member.notOfficer", e.messageKey());
    for (int i = 0; i < 2; i++) {
      h.as(
          admin,
          s -> {
            s.get(RoutingAdministration.class).addMember(men, officer.username());
            s.get(RoutingAdministration.class).setOnCall(officer.id(), true);
            return null;
          });
    }
    List<MemberRow> members = h.as(admin, s -> s.get(RoutingAdministration.class).members(men));
    assertEquals(
        1, members.stream().filter(m -> m.accountId() == officer.id()).count(), "added once");
    assertTrue(
        members.stream().filter(m -> m.accountId() == officer.id()).allMatch(MemberRow::onCall));
  }

  @Test
  void demoSetupMakesOfficersMembersOfTheThreeTeamsAndOnCallIdempotently() {
    TestCaller intake = h.account("intake", h.centre, Role.INTAKE_OFFICER);
    for (int i = 0; i < 2; i++) {
      h.as(
          TestCaller.anonymous(),
          s -> {
            s.get(IntakeDemoSetup.class).ensureDemoTeams(List.of(intake.id()));
            return null;
          });
    }
    Set<Long> teams = h.as(intake, s -> s.get(IntakeAccess.class).myTeamIds());
    assertEquals(
        Set.of(h.team("children").getId(), h.team("women").getId(), h.team("men").getId()), teams);
    List<MemberRow> children =
        h.as(admin, s -> s.get(RoutingAdministration.class).members(h.team("children").getId()));
    assertEquals(1, children.stream().filter(m -> m.accountId() == intake.id()).count());
    assertTrue(
        children.stream().filter(m -> m.accountId() == intake.id()).allMatch(MemberRow::onCall));
  }
}
