package dk.tegn.courses.learning.control;

import dk.tegn.courses.content.control.BranchScript.Branch;
import dk.tegn.courses.content.control.BranchScript.Choice;
import dk.tegn.courses.content.control.BranchScript.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainee's way through a branching scenario, replayed from the recorded path ({@code
 * step:choice,...}) against the script in the language shown: the steps passed with the choice made
 * and its feedback, and the step the trainee stands at now.
 */
public record BranchPath(List<Taken> taken, Step current) {

  /** A step passed, the choice made there and where it led. */
  public record Taken(Step step, int index, Choice choice) {}

  public static BranchPath replay(Branch branch, String path) {
    List<Taken> taken = new ArrayList<>();
    Step current = branch.step(branch.start());
    if (path != null && !path.isBlank()) {
      for (String entry : path.split(",")) {
        int colon = entry.lastIndexOf(':');
        Step step = branch.step(entry.substring(0, colon));
        int index = Integer.parseInt(entry.substring(colon + 1));
        if (step == null || step != current || index < 0 || index >= step.choices().size()) {
          break; // a path of an older script: keep what still fits
        }
        Choice choice = step.choices().get(index);
        taken.add(new Taken(step, index, choice));
        current = branch.step(choice.next());
      }
    }
    return new BranchPath(List.copyOf(taken), current);
  }

  public boolean isEnded() {
    return current.isEnding();
  }
}
