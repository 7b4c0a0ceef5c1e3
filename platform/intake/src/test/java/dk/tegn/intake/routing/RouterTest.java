package dk.tegn.intake.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.routing.control.Router;
import dk.tegn.intake.routing.entity.RoutingDecision;
import dk.tegn.intake.routing.entity.RoutingRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

  static final long CHILDREN = 1;
  static final long WOMEN = 2;
  static final long MEN = 3;
  static final long DUTY = 4;

  final List<RoutingRule> seeded =
      List.of(
          new RoutingRule(
              10,
              "Under 18",
              Set.of(AgeCategory.CHILD, AgeCategory.POSSIBLY_CHILD),
              Set.of(),
              CHILDREN,
              true),
          new RoutingRule(20, "Women", Set.of(), Set.of(Gender.WOMAN), WOMEN, false),
          new RoutingRule(30, "Men", Set.of(), Set.of(Gender.MAN), MEN, false),
          new RoutingRule(1000, "Default", Set.of(), Set.of(), DUTY, false));

  @Test
  void childGoesToChildrenTeamUrgentWhateverTheGender() {
    RoutingDecision d = Router.route(seeded, AgeCategory.CHILD, Gender.MAN, false);
    assertEquals(CHILDREN, d.teamId());
    assertEquals(Priority.URGENT, d.priority());
    assertEquals("Under 18", d.ruleName(), "the referral states which rule routed it");
  }

  @Test
  void possiblyAChildIsTreatedAsAChild() {
    RoutingDecision d = Router.route(seeded, AgeCategory.POSSIBLY_CHILD, Gender.WOMAN, false);
    assertEquals(CHILDREN, d.teamId());
    assertEquals(Priority.URGENT, d.priority());
  }

  @Test
  void adultsGoByGenderAndOtherOrUnknownToTheConfiguredDefault() {
    assertEquals(WOMEN, Router.route(seeded, AgeCategory.ADULT, Gender.WOMAN, false).teamId());
    assertEquals(MEN, Router.route(seeded, AgeCategory.ADULT, Gender.MAN, false).teamId());
    assertEquals(DUTY, Router.route(seeded, AgeCategory.ADULT, Gender.OTHER, false).teamId());
    RoutingDecision unknown = Router.route(seeded, AgeCategory.UNKNOWN, Gender.UNKNOWN, false);
    assertEquals(DUTY, unknown.teamId());
    assertEquals(Priority.NORMAL, unknown.priority());
  }

  @Test
  void immediateDangerIsAlwaysAcute() {
    assertEquals(
        Priority.ACUTE, Router.route(seeded, AgeCategory.ADULT, Gender.WOMAN, true).priority());
    assertEquals(
        Priority.ACUTE, Router.route(seeded, AgeCategory.CHILD, Gender.WOMAN, true).priority());
  }

  @Test
  void childStaysUrgentEvenIfAnAdminRuleSaysOtherwise() {
    List<RoutingRule> edited =
        List.of(new RoutingRule(1, "Everyone to women", Set.of(), Set.of(), WOMEN, false));
    RoutingDecision d = Router.route(edited, AgeCategory.CHILD, Gender.MAN, false);
    assertEquals(WOMEN, d.teamId());
    assertEquals(Priority.URGENT, d.priority());
  }

  @Test
  void withoutAMatchingRuleTheLastRuleStillTakesTheReferral() {
    List<RoutingRule> noCatchAll = seeded.subList(0, 3);
    RoutingDecision d = Router.route(noCatchAll, AgeCategory.ADULT, Gender.OTHER, false);
    assertEquals(MEN, d.teamId());
    assertTrue(d.ruleName().startsWith("fallback: "));
  }

  @Test
  void ruleConditionsMatchAsSetsAndEmptyMatchesAll() {
    RoutingRule rule = seeded.get(0);
    assertTrue(rule.matches(AgeCategory.CHILD, Gender.OTHER));
    assertFalse(rule.matches(AgeCategory.ADULT, Gender.OTHER));
    assertFalse(rule.catchAll());
    assertTrue(seeded.get(3).catchAll());
    assertEquals(Set.of(AgeCategory.CHILD, AgeCategory.POSSIBLY_CHILD), rule.getAgeCategories());
  }
}
