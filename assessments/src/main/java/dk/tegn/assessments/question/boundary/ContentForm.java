package dk.tegn.assessments.question.boundary;

import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentRuleException;
import dk.tegn.assessments.question.entity.Matching;
import dk.tegn.assessments.question.entity.MultipleResponse;
import dk.tegn.assessments.question.entity.NumericAnswer;
import dk.tegn.assessments.question.entity.OrderItem;
import dk.tegn.assessments.question.entity.Ordering;
import dk.tegn.assessments.question.entity.Part;
import dk.tegn.assessments.question.entity.PartialCredit;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.assessments.question.entity.Scenario;
import dk.tegn.assessments.question.entity.SingleChoice;
import dk.tegn.assessments.question.entity.TrueFalse;
import dk.tegn.i18n.LocalizedText;
import jakarta.validation.constraints.DecimalMin;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editable content of a question or of a scenario's sub-question: text, general feedback and
 * the fields of every type, so switching the type keeps what was typed. Option keys are made up
 * here and kept across edits; authors never type them.
 */
public class ContentForm implements Serializable {

  private final String key;
  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private final TextForm text;
  private final TextForm feedback;
  private final List<ChoiceForm> choices = new ArrayList<>();
  private PartialCredit partialCredit = PartialCredit.PROPORTIONAL;
  private boolean trueIsRight = true;
  private TextForm trueFeedback = new TextForm();
  private TextForm falseFeedback = new TextForm();
  private final List<PairForm> pairs = new ArrayList<>();
  private final List<PairForm> items = new ArrayList<>();
  private BigDecimal answer;

  @DecimalMin(value = "0", message = "{assessments.question.tolerance.min}")
  private BigDecimal tolerance = BigDecimal.ZERO;

  private final List<ContentForm> parts = new ArrayList<>();

  /** An empty form with two choices, pairs and items to fill in. */
  public ContentForm(String key) {
    this.key = key;
    this.text = new TextForm();
    this.feedback = new TextForm();
    for (int i = 0; i < 2; i++) {
      addChoice();
      addPair();
      addItem();
    }
  }

  private ContentForm(String key, TextForm text, TextForm feedback) {
    this.key = key;
    this.text = text;
    this.feedback = feedback;
  }

  /** A form holding a saved question's (or part's) wording and content. */
  public static ContentForm of(
      String key, LocalizedText text, LocalizedText feedback, Content content) {
    ContentForm form = new ContentForm(key, TextForm.of(text), TextForm.of(feedback));
    form.type = content.type();
    if (content instanceof SingleChoice s) {
      s.choices().forEach(c -> form.choices.add(ChoiceForm.of(c)));
    } else if (content instanceof MultipleResponse m) {
      m.choices().forEach(c -> form.choices.add(ChoiceForm.of(c)));
      form.partialCredit = m.partialCredit();
    } else if (content instanceof TrueFalse t) {
      form.trueIsRight = t.answer();
      form.trueFeedback = TextForm.of(t.trueFeedback());
      form.falseFeedback = TextForm.of(t.falseFeedback());
    } else if (content instanceof Matching m) {
      m.pairs().forEach(p -> form.pairs.add(PairForm.of(p)));
    } else if (content instanceof Ordering o) {
      o.items()
          .forEach(
              i -> form.items.add(new PairForm(i.key(), TextForm.of(i.text()), new TextForm())));
    } else if (content instanceof NumericAnswer n) {
      form.answer = n.answer();
      form.tolerance = n.tolerance();
    } else if (content instanceof Scenario s) {
      s.parts()
          .forEach(
              p ->
                  form.parts.add(
                      ContentForm.of(p.key(), p.text(), p.generalFeedback(), p.content())));
    }
    // rows to fill in, should the author switch to another type
    while (form.choices.size() < 2) {
      form.addChoice();
    }
    while (form.pairs.size() < 2) {
      form.addPair();
    }
    while (form.items.size() < 2) {
      form.addItem();
    }
    return form;
  }

  /**
   * Bundle keys of what is missing, in the order of the form; empty when {@link #toContent} can be
   * tried.
   */
  public Set<String> problems() {
    Set<String> problems = new LinkedHashSet<>();
    if (text.isBlank()) {
      problems.add("assessments_author_question.textRequired");
    }
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        if (choices.size() < 2) {
          problems.add("assessments_author_question.choicesTooFew");
        }
        if (choices.stream().noneMatch(ChoiceForm::isCorrect)) {
          problems.add("assessments_author_question.noCorrectChoice");
        }
        if (choices.stream().anyMatch(c -> c.getText().isBlank())) {
          problems.add("assessments_author_question.choiceTextRequired");
        }
      }
      case MATCHING -> {
        if (pairs.size() < 2) {
          problems.add("assessments_author_question.pairsTooFew");
        }
        if (pairs.stream().anyMatch(p -> p.getPrompt().isBlank() || p.getMatch().isBlank())) {
          problems.add("assessments_author_question.pairTextRequired");
        }
      }
      case ORDERING -> {
        if (items.size() < 2) {
          problems.add("assessments_author_question.itemsTooFew");
        }
        if (items.stream().anyMatch(i -> i.getPrompt().isBlank())) {
          problems.add("assessments_author_question.itemTextRequired");
        }
      }
      case NUMERIC -> {
        if (answer == null) {
          problems.add("assessments_author_question.answerRequired");
        }
      }
      case SCENARIO -> {
        if (parts.isEmpty()) {
          problems.add("assessments_author_question.partsTooFew");
        }
        parts.forEach(p -> problems.addAll(p.problems()));
      }
      case TRUE_FALSE -> {
        // always complete: the right answer is a yes/no switch
      }
    }
    return problems;
  }

  /**
   * The content the form describes.
   *
   * @throws IllegalArgumentException when the entity refuses it (check {@link #problems} first)
   */
  public Content toContent() {
    return switch (type) {
      case SINGLE_CHOICE -> new SingleChoice(choices());
      case MULTIPLE_RESPONSE -> new MultipleResponse(choices(), partialCredit);
      case TRUE_FALSE -> new TrueFalse(trueIsRight, trueFeedback.toText(), falseFeedback.toText());
      case MATCHING -> new Matching(pairs.stream().map(PairForm::toPair).toList());
      case ORDERING ->
          new Ordering(
              items.stream().map(i -> new OrderItem(i.getKey(), i.getPrompt().toText())).toList());
      case NUMERIC -> {
        if (answer == null) {
          throw new ContentRuleException("numeric.needsAnswer");
        }
        yield new NumericAnswer(answer, tolerance);
      }
      case SCENARIO ->
          new Scenario(
              parts.stream()
                  .map(p -> new Part(p.key, p.text.toText(), p.feedback.toText(), p.toContent()))
                  .toList());
    };
  }

  private List<Choice> choices() {
    return choices.stream().map(ChoiceForm::toChoice).toList();
  }

  public void addChoice() {
    choices.add(new ChoiceForm(nextKey("c", choices.stream().map(ChoiceForm::getKey).toList())));
  }

  public void removeChoice(String choiceKey) {
    choices.removeIf(c -> c.getKey().equals(choiceKey));
  }

  public void addPair() {
    pairs.add(new PairForm(nextKey("p", pairs.stream().map(PairForm::getKey).toList())));
  }

  public void removePair(String pairKey) {
    pairs.removeIf(p -> p.getKey().equals(pairKey));
  }

  public void addItem() {
    items.add(new PairForm(nextKey("i", items.stream().map(PairForm::getKey).toList())));
  }

  public void removeItem(String itemKey) {
    items.removeIf(i -> i.getKey().equals(itemKey));
  }

  /**
   * Moves the item at {@code index} one place up (-1) or down (+1): the list is the right order.
   */
  public void moveItem(int index, int direction) {
    int to = index + Integer.signum(direction);
    if (index >= 0 && index < items.size() && to >= 0 && to < items.size()) {
      items.add(to, items.remove(index));
    }
  }

  public void addPart() {
    parts.add(new ContentForm(nextKey("s", parts.stream().map(ContentForm::getKey).toList())));
  }

  public void removePart(String partKey) {
    parts.removeIf(p -> p.getKey().equals(partKey));
  }

  private static String nextKey(String prefix, Collection<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  public String getKey() {
    return key;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public TextForm getText() {
    return text;
  }

  public TextForm getFeedback() {
    return feedback;
  }

  public List<ChoiceForm> getChoices() {
    return choices;
  }

  public PartialCredit getPartialCredit() {
    return partialCredit;
  }

  public void setPartialCredit(PartialCredit partialCredit) {
    this.partialCredit = partialCredit;
  }

  public boolean isTrueIsRight() {
    return trueIsRight;
  }

  public void setTrueIsRight(boolean trueIsRight) {
    this.trueIsRight = trueIsRight;
  }

  public TextForm getTrueFeedback() {
    return trueFeedback;
  }

  public TextForm getFalseFeedback() {
    return falseFeedback;
  }

  public List<PairForm> getPairs() {
    return pairs;
  }

  public List<PairForm> getItems() {
    return items;
  }

  public BigDecimal getAnswer() {
    return answer;
  }

  public void setAnswer(BigDecimal answer) {
    this.answer = answer;
  }

  public BigDecimal getTolerance() {
    return tolerance;
  }

  public void setTolerance(BigDecimal tolerance) {
    this.tolerance = tolerance;
  }

  public List<ContentForm> getParts() {
    return parts;
  }
}
