package dk.tegn.coordination.coordinator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.core.sso.SsoGroupsMapped;
import dk.tegn.courses.enrolment.control.Enrolments;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Single sign-on's groups become cohort memberships through coordination's own service. */
class GroupCohortsTest {

  private final CoordinationKit kit = new CoordinationKit();

  @Test
  void aSignInJoinsTheMappedCohortsOfTheOrganisationAndLeavesTheOnesNoLongerGiven() {
    Org org = kit.organisation(1);
    Org other = kit.organisation(0);
    long person = org.traineeIds().get(0);
    long course = kit.course(org.id(), false, null);
    long[] ids = new long[3];
    kit.as(
        org.coordinator(),
        w -> {
          Cohorts cohorts = w.get(Cohorts.class);
          ids[0] = cohorts.create(org.id(), "Given " + org.suffix()).getId();
          ids[1] = cohorts.create(org.id(), "Taken " + org.suffix()).getId();
          cohorts.addMember(ids[1], person);
          w.get(Assignments.class).assignToCohort(ids[0], course, LocalDate.parse("2027-04-01"));
          return null;
        });
    ids[2] =
        kit.as(
            other.coordinator(),
            w -> w.get(Cohorts.class).create(other.id(), "Elsewhere " + other.suffix()).getId());

    kit.as(
        null,
        w -> {
          w.get(GroupCohorts.class)
              .groupsMapped(
                  new SsoGroupsMapped(
                      person, org.id(), Set.of(ids[0], ids[2]), Set.of(ids[0], ids[1], ids[2])));
          return null;
        });

    assertEquals(List.of(ids[0]), cohortsOf(person), "joined the given one only");
    // the enrolment made on joining counted in both cohorts the person was in then; leaving the
    // taken one took it away from its counters again
    assertEquals(1L, counted(ids[0]), "counted in the cohort joined");
    assertEquals(0L, counted(ids[1]), "no longer counted in the cohort left");
    assertNotNull(
        kit.as(null, w -> w.get(Enrolments.class).active(person, course)),
        "enrolled at once in the course assigned to the cohort joined");
    List<GroupCohorts.Choice> choices =
        kit.as(null, w -> w.get(GroupCohorts.class).choices(org.id()));
    assertEquals(
        List.of(
            new GroupCohorts.Choice(ids[0], "Given " + org.suffix()),
            new GroupCohorts.Choice(ids[1], "Taken " + org.suffix())),
        choices,
        "the organisation's cohorts by name, none of another organisation");
  }

  private long counted(long cohortId) {
    return kit.as(
        null,
        w ->
            ((Number)
                    w.em()
                        .createNativeQuery(
                            "SELECT COALESCE(SUM(n), 0) FROM crd_completion_count"
                                + " WHERE cohort_id = ?1")
                        .setParameter(1, cohortId)
                        .getSingleResult())
                .longValue());
  }

  private List<Long> cohortsOf(long accountId) {
    return kit.as(
        null,
        w ->
            w
                .em()
                .createNativeQuery(
                    "SELECT cohort_id FROM crd_cohort_member WHERE account_id = ?1"
                        + " ORDER BY cohort_id")
                .setParameter(1, accountId)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList());
  }
}
