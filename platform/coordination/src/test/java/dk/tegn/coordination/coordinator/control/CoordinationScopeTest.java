package dk.tegn.coordination.coordinator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.account.Role;
import dk.tegn.core.testing.TestCaller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one organisation-scoped paging of coordination's lists. */
class CoordinationScopeTest {

  private final CoordinationKit kit = new CoordinationKit();

  @Test
  void aPageHoldsTheCallersOrganisationsOnlyAndANationalCoordinatorSeesEveryone() {
    Org mine = kit.organisation(0);
    Org theirs = kit.organisation(0);
    for (String name : List.of("C", "A", "B")) {
      kit.as(
          mine.coordinator(),
          w -> w.get(Cohorts.class).create(mine.id(), name + " " + mine.suffix()));
    }
    long foreign =
        kit.as(
            theirs.coordinator(),
            w -> w.get(Cohorts.class).create(theirs.id(), "A " + theirs.suffix()).getId());

    assertEquals(
        List.of("A", "B", "C"),
        names(mine.coordinator(), 0, 10, mine),
        "the caller's organisation, by name");
    assertEquals(List.of("B"), names(mine.coordinator(), 1, 1, mine), "one page: first, max");
    List<Long> everyone =
        kit
            .as(
                TestCaller.national(mine.coordinatorId(), mine.id(), Role.COORDINATOR),
                w -> w.get(Cohorts.class).list(0, 1000))
            .stream()
            .map(Cohort::getId)
            .toList();
    assertTrue(everyone.contains(foreign), "a national coordinator sees other organisations");
    assertEquals(
        List.of(),
        kit.as(
            mine.coordinator(),
            w ->
                w.get(CoordinationScope.class)
                    .page(
                        Optional.of(Set.of()),
                        Cohort.class,
                        "Cohort.findByOrganisations",
                        "Cohort.findAll",
                        0,
                        10)),
        "a scope of no organisation is an empty page, not everyone's");
  }

  private List<String> names(TestCaller caller, int first, int max, Org org) {
    return kit.as(caller, w -> w.get(Cohorts.class).list(first, max)).stream()
        .map(c -> c.getName().replace(" " + org.suffix(), ""))
        .toList();
  }
}
