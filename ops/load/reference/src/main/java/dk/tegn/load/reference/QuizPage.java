package dk.tegn.load.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference quiz page's bean: view-scoped like Tegn's TakeQuizBacking, with questions made in
 * memory (no database, no sign-in), so the page costs what Faces and PrimeFaces cost.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One question: its slot, text and four options. */
  public record Question(int slot, String text, List<Option> options) implements Serializable {}

  /** One option by its public key. */
  public record Option(String key, String text) implements Serializable {}

  private int count = 20;
  private List<Question> questions;
  private final Map<Integer, String> choices = new HashMap<>();

  public void load() {
    questions = new ArrayList<>();
    for (int slot = 1; slot <= count; slot++) {
      List<Option> options = new ArrayList<>();
      for (int k = 1; k <= 4; k++) {
        options.add(
            new Option(
                String.valueOf(k),
                "Option " + k + " of question " + slot + ": a plausible answer of a few words"));
      }
      questions.add(
          new Question(
              slot,
              "Question " + slot + ": which of these is right in the situation described here?",
              options));
    }
  }

  public void save(int slot) {
    // the reference stores nothing on the page; its save cost is the API's
  }

  public List<Question> getQuestions() {
    return questions;
  }

  public Map<Integer, String> getChoices() {
    return choices;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = Math.max(1, Math.min(100, count));
  }
}
