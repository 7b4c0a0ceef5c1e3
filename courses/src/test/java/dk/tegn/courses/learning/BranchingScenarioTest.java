package dk.tegn.courses.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.learning.control.BranchPath;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.control.PlayerState;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A branching scenario: the script's checks, and on the test MariaDB a trainee whose choice leads
 * to a different next step, with the consequence of each choice; the path is recorded, the
 * explanation opens only at an ending (which makes the scenario done) and the scenario can be tried
 * again another way.
 */
class BranchingScenarioTest {

  static final String SCRIPT =
      """
      Hvad gør du?

      ```branch
      start: reception
      steps:
        reception:
          text: Hun kommer med en mand, der svarer for hende.
          choices:
            - label: Bed manden vente udenfor
              next: alone
              feedback: Alene kan hun tale frit.
            - label: Lad manden tolke
              next: companion
              feedback: Manden kan være den, der kontrollerer hende.
        alone:
          text: Hun fortæller om gæld og et pas, hun ikke har.
        companion:
          text: Hun siger, at alt er i orden. Manden tager hende med.
      ```
      """;

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(1);

  @Test
  void aWellFormedScriptReadsAndAWrongOneSaysWhatIsWrong() {
    BranchScript.Branch branch = BranchScript.of(SCRIPT);
    assertEquals("reception", branch.start());
    assertEquals(2, branch.step("reception").choices().size());
    assertTrue(branch.step("alone").isEnding());

    List<String> problems =
        BranchScript.parse(
                """
                start: a
                steps:
                  a:
                    text: A
                    choices:
                      - {label: Go, next: nowhere, feedback: Why}
                  b:
                    text: B
                """)
            .problems()
            .stream()
            .map(BranchScript.Fault::english)
            .toList();
    assertTrue(problems.stream().anyMatch(p -> p.contains("2-6 choices")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("unknown step 'nowhere'")));
    assertTrue(problems.stream().anyMatch(p -> p.contains("'b' cannot be reached")));
  }

  @Test
  void aChoiceLeadsToItsOwnNextStepAndTheExplanationOpensAtTheEnding() {
    long courseId = course();
    long scenario =
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId))
            .course()
            .items()
            .get(1)
            .key();
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, scenario));
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.trainee(0), b -> b.get(Learning.class).reveal(courseId, scenario)),
        "no explanation before the trainee has chosen their way to an ending");

    PlayerState after =
        kit.as(org.trainee(0), b -> b.get(Learning.class).choose(courseId, scenario, 1));
    assertTrue(after.revealed().contains(scenario), "an ending opens the explanation");
    assertTrue(after.progress().isDone(scenario));
    BranchPath path = path(courseId, scenario);
    assertEquals("companion", path.current().key(), "the second choice leads to its own step");
    assertEquals(
        "Manden kan være den, der kontrollerer hende.", path.taken().get(0).choice().feedback());
    assertTrue(path.isEnded());
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.trainee(0), b -> b.get(Learning.class).choose(courseId, scenario, 0)),
        "an ending offers no more choices");

    kit.as(org.trainee(0), b -> b.get(Learning.class).restartBranch(courseId, scenario));
    assertNull(kit.as(org.trainee(0), b -> b.get(Learning.class).branchPath(courseId, scenario)));
    kit.as(org.trainee(0), b -> b.get(Learning.class).choose(courseId, scenario, 0));
    BranchPath other = path(courseId, scenario);
    assertEquals("alone", other.current().key(), "the other choice leads elsewhere");
    assertFalse(other.taken().isEmpty());
    assertTrue(
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId))
            .progress()
            .isDone(scenario),
        "trying again keeps the scenario done");
  }

  private BranchPath path(long courseId, long scenario) {
    return BranchPath.replay(
        BranchScript.of(SCRIPT),
        kit.as(org.trainee(0), b -> b.get(Learning.class).branchPath(courseId, scenario)));
  }

  private long course() {
    long id =
        kit.as(
            org.trainer(),
            b -> {
              Course c = SampleCourses.twoModules(org.id(), org.trainerId(), 501);
              CourseItem scenario = c.getModules().get(0).getItems().get(1);
              scenario.translate(TextField.QUESTION, "da", SCRIPT);
              b.em().persist(c);
              b.em().flush();
              b.get(Publishing.class).publish(c.getId(), null, false);
              return c.getId();
            });
    kit.as(
        org.coordinator(), b -> b.get(Enrolments.class).enrol(org.traineeIds().get(0), id, null));
    return id;
  }
}
