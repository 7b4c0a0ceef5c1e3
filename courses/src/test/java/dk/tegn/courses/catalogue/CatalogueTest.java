package dk.tegn.courses.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.catalogue.control.Catalogue;
import dk.tegn.courses.catalogue.control.CatalogueEntry;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The course catalogue and self-enrolment, on the real test MariaDB. */
class CatalogueTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org own = kit.organisation(2);
  final Org other = kit.organisation(1);
  final long national = nationalOrganisation();

  final long ownOpen = course(own.id(), true, true);
  final long ownClosed = course(own.id(), false, true);
  final long ownDraft = course(own.id(), true, false);
  final long nationalOpen = course(national, true, true);
  final long otherOpen = course(other.id(), true, true);

  @Test
  void aTraineeIsOfferedThePublishedCoursesOfTheirOwnAndTheNationalOrganisations() {
    Map<Long, CatalogueEntry> offered = offered(own.trainee(0));
    assertTrue(offered.containsKey(ownOpen));
    assertTrue(offered.containsKey(ownClosed), "listed, though only a coordinator enrols");
    assertTrue(offered.containsKey(nationalOpen), "the national centre trains everyone");
    assertFalse(offered.containsKey(ownDraft), "never a draft");
    assertFalse(offered.containsKey(otherOpen), "never another organisation's course");

    CatalogueEntry open = offered.get(ownOpen);
    assertEquals("Menneskehandel — tegnene", open.title().resolve("da", "da"));
    assertEquals(Set.of(Audience.POLICE), open.audiences());
    assertEquals(List.of("da", "en"), open.languages());
    assertEquals(45, open.estimatedMinutes());
    assertEquals(24, open.certificateValidityMonths());
    assertTrue(open.mayEnrol());
    assertFalse(offered.get(ownClosed).mayEnrol());
    assertFalse(offered(other.trainee(0)).containsKey(ownOpen));
  }

  @Test
  void enrollingTwiceIsOneEnrolmentAndTheCatalogueThenSaysEnrolled() {
    long first = kit.as(own.trainee(0), b -> b.get(Catalogue.class).enrol(nationalOpen));
    long second = kit.as(own.trainee(0), b -> b.get(Catalogue.class).enrol(nationalOpen));
    assertEquals(first, second);
    CatalogueEntry entry = offered(own.trainee(0)).get(nationalOpen);
    assertTrue(entry.enrolled());
    assertFalse(entry.mayEnrol());
    assertFalse(offered(own.trainee(1)).get(nationalOpen).enrolled(), "only the one who enrolled");
    assertEquals(
        1,
        kit.as(own.trainee(0), b -> b.get(Enrolments.class).mine(0, 10)).stream()
            .filter(c -> c.courseId() == nationalOpen)
            .count());
  }

  @Test
  void aClosedCourseRefusesSelfEnrolmentButAnAssignedTraineeJustContinues() {
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(own.trainee(0), b -> b.get(Catalogue.class).enrol(ownClosed)));
    long assigned =
        kit.as(
            own.coordinator(),
            b -> b.get(Enrolments.class).enrol(own.traineeIds().get(1), ownClosed, null).getId());
    long again = kit.as(own.trainee(1), b -> b.get(Catalogue.class).enrol(ownClosed));
    assertEquals(assigned, again);
    assertTrue(offered(own.trainee(1)).get(ownClosed).enrolled());
  }

  @Test
  void coursesOutOfReachDraftsAndUnknownIdsAreNotFound() {
    for (long id : List.of(otherOpen, ownDraft, Long.MAX_VALUE)) {
      assertThrows(
          RecordNotFoundException.class,
          () -> kit.as(own.trainee(0), b -> b.get(Catalogue.class).enrol(id)),
          "course " + id);
    }
  }

  private Map<Long, CatalogueEntry> offered(TestCaller caller) {
    return kit.as(caller, b -> b.get(Catalogue.class).offered()).stream()
        .collect(Collectors.toMap(CatalogueEntry::courseId, Function.identity()));
  }

  private long nationalOrganisation() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return kit.as(
        own.trainer(),
        b -> {
          Organisation o =
              new Organisation("n-" + suffix, "Center " + suffix, "da", true, SampleCourses.NOW);
          b.em().persist(o);
          b.em().flush();
          return o.getId();
        });
  }

  /** A course of the organisation, written by its trainer, optionally open and published. */
  private long course(long organisationId, boolean open, boolean published) {
    return kit.as(
        TestCaller.of(own.trainerId(), organisationId, Role.TRAINER),
        b -> {
          Course c = SampleCourses.twoModules(organisationId, own.trainerId(), 9_017);
          c.configure(Set.of(Audience.POLICE), List.of("da", "en"), 45, false, 24);
          c.allowSelfEnrolment(open);
          b.em().persist(c);
          b.em().flush();
          if (published) {
            b.get(Publishing.class).publish(c.getId(), null, false);
          }
          return c.getId();
        });
  }
}
