package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.Localized;
import dk.tegn.i18n.Messages;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One thing wrong with a question, a quiz or a bank file, kept as message keys of
 * AssessmentsMessages ({@code assessments_content.*}) so the author reads it in their own language.
 * It is said as phrases from the outside in, joined by ": " — "line 12", "question 'signs/debt'",
 * "needs at least 2 choices" — and its English form is what the API and the logs show.
 */
public record ContentProblem(List<Phrase> phrases) implements Localized, Serializable {

  private static final String PREFIX = "assessments_content.";

  /** A message key (without its prefix) and its arguments, already as text. */
  public record Phrase(String key, List<String> arguments) implements Serializable {

    public Phrase {
      arguments = List.copyOf(arguments);
    }

    String in(Locale locale) {
      return Messages.get(Messages.ASSESSMENTS, locale, PREFIX + key, arguments.toArray());
    }
  }

  public ContentProblem {
    phrases = List.copyOf(phrases);
  }

  public static ContentProblem of(String key, Object... arguments) {
    return new ContentProblem(List.of(phrase(key, arguments)));
  }

  /** A refusal that did not come from Tegn's own rules (a parser's message): shown as it is. */
  public static ContentProblem asIs(String text) {
    return of("asIs", text);
  }

  /** The problem of a refusal: its own when it is one of Tegn's rules, else its text as it is. */
  public static ContentProblem of(RuntimeException refusal) {
    return refusal instanceof ContentRuleException rule
        ? rule.problem()
        : asIs(String.valueOf(refusal.getMessage()));
  }

  /** The same problem, said of {@code key}'s subject: "question 'a/b': …". */
  public ContentProblem within(String key, Object... arguments) {
    List<Phrase> more = new ArrayList<>(phrases.size() + 1);
    more.add(phrase(key, arguments));
    more.addAll(phrases);
    return new ContentProblem(more);
  }

  /** The same problem said of {@code outer}'s subject (its phrases come first). */
  public ContentProblem inside(ContentProblem outer) {
    List<Phrase> more = new ArrayList<>(outer.phrases);
    more.addAll(phrases);
    return new ContentProblem(more);
  }

  /** The line the problem is at, when it says one ({@link #atLine}). */
  public Long line() {
    Phrase first = phrases.get(0);
    return first.key().equals("at.line") ? Long.valueOf(first.arguments().get(0)) : null;
  }

  /** The problem without its line. */
  public ContentProblem withoutLine() {
    return line() == null ? this : new ContentProblem(phrases.subList(1, phrases.size()));
  }

  /** The same problem at a line of the file (none when {@code line} is null). */
  public ContentProblem atLine(Long line) {
    return line == null ? this : within("at.line", line);
  }

  @Override
  public String in(Locale locale) {
    return phrases.stream().map(p -> p.in(locale)).collect(Collectors.joining(": "));
  }

  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }

  private static Phrase phrase(String key, Object... arguments) {
    return new Phrase(key, Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
