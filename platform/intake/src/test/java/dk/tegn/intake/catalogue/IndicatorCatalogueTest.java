package dk.tegn.intake.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.catalogue.entity.ContextTag;
import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Element;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  final IndicatorCatalogue catalogue = IndicatorCatalogue.current();

  @Test
  void catalogueHasTheSixIloDimensionsInOrderWithAVersion() {
    List<Dimension> dimensions = catalogue.dimensions();
    assertEquals(6, dimensions.size());
    assertEquals("ilo-ec-2009-tegn-v3", catalogue.version());
    for (int i = 0; i < 6; i++) {
      assertEquals(i + 1, dimensions.get(i).number());
    }
    assertEquals(Element.EXPLOITATION, dimensions.get(3).element());
    assertEquals("Deceptive recruitment", dimensions.get(0).name("en"));
    assertEquals("Rekruttering ved vildledning", dimensions.get(0).name("da"));
  }

  @Test
  void everyIndicatorIsTranslatedAndWeightedAndKeysAreUnique() {
    List<Indicator> all = catalogue.indicators();
    assertTrue(all.size() >= 40, "a usable checklist");
    for (Indicator i : all) {
      assertFalse(i.text("da").isBlank());
      assertFalse(i.text("en").isBlank());
      assertFalse(i.weights().isEmpty());
      assertFalse(i.contexts().isEmpty(), i.key() + " has a UNODC context");
    }
    assertEquals(all.size(), all.stream().map(Indicator::key).distinct().count());
  }

  @Test
  void sameIndicatorWeighsMoreForAChild() {
    Indicator education = catalogue.indicator("deceived-education").orElseThrow();
    assertEquals(Weight.WEAK, education.weightFor(Profile.ADULT_LABOUR).orElseThrow());
    assertEquals(Weight.STRONG, education.weightFor(Profile.CHILD_LABOUR).orElseThrow());
  }

  /**
   * Issue 12: the sexual-exploitation lists once copied the labour ones in all but a few signs.
   * Each list now weighs a sign by what it means for its form of exploitation, and every weight
   * that differs from the list it is weighed against carries a reason in both languages.
   */
  @Test
  void everyWeightThatDiffersFromTheLabourListHasAReasonAndNoOtherHasOne() {
    List<String> problems = new ArrayList<>();
    for (Indicator i : catalogue.indicators()) {
      for (Profile p : Profile.values()) {
        boolean differs = i.differsInWeight(p);
        for (String language : List.of("da", "en")) {
          Optional<String> reason = i.weightReason(p, language);
          if (differs && reason.map(String::isBlank).orElse(true)) {
            problems.add(i.key() + " " + p + ": no reason in " + language);
          }
          if (!differs && reason.isPresent()) {
            problems.add(i.key() + " " + p + ": a reason but the same weight as its labour list");
          }
        }
        if (i.weightReason(p, "da")
            .filter(da -> da.equals(i.weightReason(p, "en").orElse("")))
            .isPresent()) {
          problems.add(i.key() + " " + p + ": the Danish reason is the English one");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSexualListsAreTheirOwnAndNotCopiesOfTheLabourLists() {
    Map<Profile, Integer> atLeast =
        Map.of(Profile.ADULT_SEXUAL, 10, Profile.CHILD_SEXUAL, 6, Profile.CHILD_LABOUR, 8);
    atLeast.forEach(
        (profile, minimum) -> {
          Profile against = profile.weighedAgainst().orElseThrow();
          long shared =
              catalogue.indicators().stream()
                  .filter(i -> i.appliesTo(profile) && i.appliesTo(against))
                  .count();
          long differ =
              catalogue.indicators().stream()
                  .filter(i -> i.appliesTo(profile) && i.appliesTo(against))
                  .filter(i -> i.differsInWeight(profile))
                  .count();
          assertTrue(
              differ >= minimum,
              profile
                  + " weighs only "
                  + differ
                  + " of "
                  + shared
                  + " shared signs otherwise than "
                  + against);
        });
    Indicator clients = catalogue.indicator("sexual-acts-not-refusable").orElseThrow();
    assertEquals(Weight.STRONG, clients.weightFor(Profile.ADULT_SEXUAL).orElseThrow());
    Indicator earningsTaken = catalogue.indicator("wage-manipulation").orElseThrow();
    assertEquals(Weight.STRONG, earningsTaken.weightFor(Profile.ADULT_SEXUAL).orElseThrow());
    assertEquals(Weight.MEDIUM, earningsTaken.weightFor(Profile.ADULT_LABOUR).orElseThrow());
    Indicator need = catalogue.indicator("vulnerability-economic").orElseThrow();
    assertEquals(
        Weight.WEAK,
        need.weightFor(Profile.ADULT_SEXUAL).orElseThrow(),
        "a reason many sell sex, exploited or not");
  }

  /**
   * Every sign is weighed in all four lists, except a sign of sexual exploitation only (left out of
   * both labour lists) or of children only (left out of both adult lists); the reason of the list
   * that adds it says so.
   */
  @Test
  void everySignIsInEveryListUnlessItBelongsToOneFormOrToChildrenOnly() {
    List<String> problems = new ArrayList<>();
    for (Indicator i : catalogue.indicators()) {
      boolean sexualOnly = !i.appliesTo(Profile.ADULT_LABOUR) && !i.appliesTo(Profile.CHILD_LABOUR);
      boolean childOnly = !i.appliesTo(Profile.ADULT_LABOUR) && !i.appliesTo(Profile.ADULT_SEXUAL);
      for (Profile p : Profile.values()) {
        if (i.appliesTo(p)) {
          continue;
        }
        boolean labourList = p == Profile.ADULT_LABOUR || p == Profile.CHILD_LABOUR;
        boolean explained =
            labourList && sexualOnly
                ? i.contexts().contains(ContextTag.SEXUAL_EXPLOITATION)
                    && i.appliesTo(Profile.ADULT_SEXUAL)
                    && i.appliesTo(Profile.CHILD_SEXUAL)
                : !p.isChild()
                    && childOnly
                    && i.contexts().contains(ContextTag.CHILDREN)
                    && i.appliesTo(Profile.CHILD_LABOUR)
                    && i.appliesTo(Profile.CHILD_SEXUAL);
        if (!explained) {
          problems.add(i.key() + " has no weight in " + p);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void referralsScreenedWithAnEarlierCatalogueAreStillReadAgainstIt() {
    IndicatorCatalogue v2 = IndicatorCatalogue.version("ilo-ec-2009-tegn-v2");
    assertEquals("ilo-ec-2009-tegn-v2", v2.version());
    assertEquals(
        Weight.MEDIUM,
        v2.indicator("low-or-no-pay").orElseThrow().weightFor(Profile.ADULT_SEXUAL).orElseThrow(),
        "v2 weighed it as the labour list did");
    assertEquals("ilo-ec-2009-v1", IndicatorCatalogue.version("ilo-ec-2009-v1").version());
    assertEquals(catalogue, IndicatorCatalogue.version("no-such-version"));
  }

  @Test
  void childListsHaveNoWeakTier() {
    for (Indicator i : catalogue.indicators()) {
      for (Profile p : List.of(Profile.CHILD_LABOUR, Profile.CHILD_SEXUAL)) {
        assertTrue(i.weightFor(p).map(w -> w != Weight.WEAK).orElse(true), i.key());
      }
    }
  }

  @Test
  void profileListsOnlyItsIndicators() {
    assertTrue(
        catalogue.indicatorsFor(Profile.ADULT_SEXUAL).stream()
            .anyMatch(i -> i.key().equals("sexual-acts-not-refusable")));
    assertFalse(
        catalogue.indicatorsFor(Profile.ADULT_LABOUR).stream()
            .anyMatch(i -> i.key().equals("sexual-acts-not-refusable")));
    assertEquals(
        catalogue.indicatorsOf("exploitative-conditions").size(),
        catalogue.dimension("exploitative-conditions").orElseThrow().indicators().size());
    assertTrue(catalogue.indicatorsOf("no-such-dimension").isEmpty());
  }

  @Test
  void textsAreReadByLanguageWithFallback() {
    assertEquals("Violence against the person", catalogue.text("violence", "en").orElseThrow());
    assertEquals("Vold mod personen", catalogue.text("violence", "da").orElseThrow());
    assertEquals(
        "Vold mod personen",
        catalogue.text("violence", "fr").orElseThrow(),
        "an unshipped language falls back to Danish");
  }
}
