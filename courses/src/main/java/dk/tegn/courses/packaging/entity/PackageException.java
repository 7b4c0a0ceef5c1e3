package dk.tegn.courses.packaging.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A package was refused as a whole; nothing of it was imported. */
@ApplicationException(rollback = true)
public class PackageException extends RuntimeException {

  private final List<Problem> problems;

  public PackageException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in the course package: "
            + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
