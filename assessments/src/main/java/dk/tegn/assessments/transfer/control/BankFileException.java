package dk.tegn.assessments.transfer.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A bank file was refused as a whole; {@link #problems()} names each one by line and question.
 * Nothing from the file was imported.
 */
@ApplicationException(rollback = true)
public class BankFileException extends RuntimeException {

  private final List<String> problems;

  public BankFileException(List<String> problems) {
    super(problems.size() + " problem(s) in the bank file: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
