package dk.tegn.assessments.transfer.control;

import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.i18n.Localized;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A bank file was refused as a whole; {@link #problems()} names each one by line and question, in
 * the reader's language ({@link #messages}). Nothing from the file was imported.
 */
@ApplicationException(rollback = true)
public class BankFileException extends RuntimeException {

  private final transient List<ContentProblem> problems;

  public BankFileException(List<ContentProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the bank file: "
            + String.join("; ", messages(problems, Locale.ENGLISH)));
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }

  /**
   * A problem apart from its line (0: the file as a whole), for a caller that shows lines itself.
   */
  public record Located(int line, Localized text) {}

  public List<Located> located() {
    return problems.stream()
        .map(p -> new Located(p.line() == null ? 0 : p.line().intValue(), p.withoutLine()))
        .toList();
  }

  /** Every problem, in {@code locale}'s language. */
  public List<String> messages(Locale locale) {
    return messages(problems, locale);
  }

  private static List<String> messages(List<ContentProblem> problems, Locale locale) {
    return problems.stream().map(p -> p.in(locale)).toList();
  }
}
