package dk.tegn.courses.content.control;

import dk.tegn.i18n.Messages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A branching scenario: a {@code ```branch} block in a scenario's question (PACKAGES.md) holds
 * steps, each with its text and choices; a choice leads to another step and says why (its
 * feedback). A step without choices is an ending; reaching one reveals the scenario's explanation.
 * The block is YAML:
 *
 * <pre>
 * start: reception
 * steps:
 *   reception:
 *     text: She arrives with a man who answers for her.
 *     choices:
 *       - label: Ask him to wait outside
 *         next: alone
 *         feedback: Seeing her alone is the safe first step.
 *   alone:
 *     text: She tells you ...
 * </pre>
 *
 * Every language of a scenario has the same steps and choices in the same order; only the words
 * differ, so a path recorded in one language replays in another.
 */
public final class BranchScript {

  public static final String INFO = "branch";
  static final int MAX_STEPS = 40;
  static final int MAX_CHOICES = 6;

  private static final Pattern BLOCK =
      Pattern.compile("(?ms)^\\s{0,3}```\\s*branch\\s*$\\n(.*?)^\\s{0,3}```\\s*$");
  private static final Pattern STEP_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  /** A choice of a step: the words on the button, the step it leads to and why. */
  public record Choice(String label, String next, String feedback) {}

  /** A step; an ending has no choices. */
  public record Step(String key, String text, List<Choice> choices) {

    public boolean isEnding() {
      return choices.isEmpty();
    }
  }

  /** A whole branching scenario in one language. */
  public record Branch(String start, Map<String, Step> steps) {

    public Step step(String key) {
      return steps.get(key);
    }

    /** The step keys and, per step, the choices' next steps: what must match across languages. */
    public Map<String, List<String>> shape() {
      Map<String, List<String>> shape = new LinkedHashMap<>();
      steps.forEach((k, s) -> shape.put(k, s.choices().stream().map(Choice::next).toList()));
      return shape;
    }
  }

  /** The result of reading a block: the branch, or what is wrong with it. */
  public record Parsed(Branch branch, List<Fault> problems) {}

  /**
   * One thing wrong with a branch block: a key of CoursesMessages ({@code
   * package.problem.branch.<key>}) and its arguments, so the trainer reads it in their language.
   */
  public record Fault(String key, List<Object> arguments) {

    static Fault of(String key, Object... arguments) {
      return new Fault(key, List.of(arguments));
    }

    /** The text in English (tests, logs). */
    public String english() {
      return Messages.get(
          Messages.COURSES,
          Locale.ENGLISH,
          "package.problem.branch." + key,
          arguments.stream().map(String::valueOf).toArray());
    }
  }

  private BranchScript() {}

  /** The block's YAML in a Markdown text, or null when it has none. */
  public static String blockOf(String markdown) {
    if (markdown == null) {
      return null;
    }
    Matcher m = BLOCK.matcher(markdown);
    return m.find() ? m.group(1) : null;
  }

  /** The branch of a Markdown text, or null when it has none or the block is wrong. */
  public static Branch of(String markdown) {
    String block = blockOf(markdown);
    return block == null ? null : parse(block).branch();
  }

  public static Parsed parse(String yaml) {
    List<Fault> problems = new ArrayList<>();
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      return new Parsed(null, List.of(Fault.of("notYaml", e.getMessage())));
    }
    if (!(root instanceof Map<?, ?> map)
        || !(map.get("start") instanceof String start)
        || !(map.get("steps") instanceof Map<?, ?> steps)) {
      return new Parsed(null, List.of(Fault.of("shape")));
    }
    Map<String, Step> read = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : steps.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!STEP_KEY.matcher(key).matches()) {
        problems.add(Fault.of("stepKey", key));
      }
      Step step = step(key, e.getValue(), problems);
      if (step != null) {
        read.put(key, step);
      }
    }
    Branch branch = new Branch(start, read);
    check(branch, problems);
    return new Parsed(problems.isEmpty() ? branch : null, problems);
  }

  private static Step step(String key, Object value, List<Fault> problems) {
    if (!(value instanceof Map<?, ?> step) || !(step.get("text") instanceof String text)) {
      problems.add(Fault.of("stepText", key));
      return null;
    }
    List<Choice> choices = new ArrayList<>();
    if (step.get("choices") instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> choice
            && choice.get("label") instanceof String label
            && choice.get("next") instanceof String next
            && choice.get("feedback") instanceof String feedback
            && !label.isBlank()
            && !feedback.isBlank()) {
          choices.add(new Choice(label.strip(), next.strip(), feedback.strip()));
        } else {
          problems.add(Fault.of("choice", key));
        }
      }
    } else if (step.containsKey("choices")) {
      problems.add(Fault.of("choicesList", key));
    }
    return new Step(key, text.strip(), List.copyOf(choices));
  }

  private static void check(Branch branch, List<Fault> problems) {
    Map<String, Step> steps = branch.steps();
    if (steps.size() > MAX_STEPS) {
      problems.add(Fault.of("tooManySteps", MAX_STEPS));
    }
    if (!steps.containsKey(branch.start())) {
      problems.add(Fault.of("startUnknown", branch.start()));
      return;
    }
    boolean anyEnding = false;
    for (Step s : steps.values()) {
      anyEnding |= s.isEnding();
      if (s.choices().size() == 1 || s.choices().size() > MAX_CHOICES) {
        problems.add(Fault.of("choiceCount", s.key(), MAX_CHOICES));
      }
      for (Choice c : s.choices()) {
        if (!steps.containsKey(c.next())) {
          problems.add(Fault.of("nextUnknown", s.key(), c.next()));
        }
      }
    }
    if (!anyEnding) {
      problems.add(Fault.of("noEnding"));
    }
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(branch.start()));
    while (!todo.isEmpty()) {
      String k = todo.pop();
      if (reached.add(k) && steps.containsKey(k)) {
        steps.get(k).choices().forEach(c -> todo.push(c.next()));
      }
    }
    steps.keySet().stream()
        .filter(k -> !reached.contains(k))
        .forEach(k -> problems.add(Fault.of("unreachable", k)));
  }
}
