package dk.tegn.courses.scorm.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An uploaded SCORM package was refused as a whole, with every problem found; nothing was stored.
 */
@ApplicationException(rollback = true)
public class ScormPackageRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ScormProblem> problems;

  public ScormPackageRefused(List<ScormProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the SCORM package: "
            + String.join("; ", problems.stream().map(p -> p.file() + ": " + p.key()).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<ScormProblem> problems() {
    return problems;
  }
}
