package dk.tegn.intake.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Element;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  final IndicatorCatalogue catalogue = IndicatorCatalogue.current();

  @Test
  void catalogueHasTheSixIloDimensionsInOrderWithAVersion() {
    List<Dimension> dimensions = catalogue.dimensions();
    assertEquals(6, dimensions.size());
    assertEquals("ilo-ec-2009-tegn-v2", catalogue.version());
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
