package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Learners;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.Grant;
import dk.tegn.core.testing.TestCaller;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17, expected 3: whom a coordinator or an administrator may look up one by one. */
class LearnersTest {

  private final CoordinationKit kit = new CoordinationKit();

  private List<String> search(TestCaller caller, String term, int first, int max) {
    return kit.as(caller, w -> w.get(Learners.class).search(term, first, max)).stream()
        .map(Account::getUsername)
        .toList();
  }

  @Test
  void aSearchFindsOnlyThePeopleOfTheCallersOrganisationsAPageAtATime() {
    Org org = kit.organisation(3);
    Org other = kit.organisation(1);
    assertEquals(
        List.of("cadet0-" + org.suffix(), "cadet1-" + org.suffix()),
        search(org.coordinator(), "cadet", 0, 2));
    assertEquals(List.of("cadet2-" + org.suffix()), search(org.coordinator(), "CADET", 2, 2));
    assertTrue(search(org.coordinator(), other.suffix(), 0, 10).isEmpty(), "nobody elsewhere");
    TestCaller admin =
        TestCaller.granted(org.coordinatorId(), org.id(), new Grant(Role.ADMIN, org.id()));
    assertEquals(3, search(admin, "cadet", 0, 10).size(), "an administrator of it may too");
    TestCaller national = TestCaller.national(org.coordinatorId(), org.id(), Role.COORDINATOR);
    assertEquals(1, search(national, "cadet0-" + other.suffix(), 0, 10).size());
    assertThrows(AccessDeniedException.class, () -> search(org.trainee(0), "cadet", 0, 10));
  }

  @Test
  void aPersonOfAnotherOrganisationIsNotFoundAsAnUnknownIdIs() {
    Org org = kit.organisation(1);
    Org other = kit.organisation(1);
    long own = org.traineeIds().get(0);
    assertEquals(
        own, (long) kit.as(org.coordinator(), w -> w.get(Learners.class).learner(own).getId()));
    long elsewhere = other.traineeIds().get(0);
    assertThrows(
        RecordNotFoundException.class,
        () -> kit.as(org.coordinator(), w -> w.get(Learners.class).learner(elsewhere)));
    assertThrows(
        RecordNotFoundException.class,
        () -> kit.as(org.coordinator(), w -> w.get(Learners.class).learner(Long.MAX_VALUE)));
  }
}
