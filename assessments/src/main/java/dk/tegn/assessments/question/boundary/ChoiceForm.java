package dk.tegn.assessments.question.boundary;

import dk.tegn.assessments.question.entity.Choice;
import jakarta.validation.Valid;
import java.io.Serializable;

/** One choice in the editor: its text, whether it is right, and the feedback for picking it. */
public class ChoiceForm implements Serializable {

  private final String key;
  @Valid private final TextForm text;
  private boolean correct;
  @Valid private final TextForm feedback;

  ChoiceForm(String key) {
    this(key, new TextForm(), false, new TextForm());
  }

  private ChoiceForm(String key, TextForm text, boolean correct, TextForm feedback) {
    this.key = key;
    this.text = text;
    this.correct = correct;
    this.feedback = feedback;
  }

  static ChoiceForm of(Choice choice) {
    return new ChoiceForm(
        choice.key(), TextForm.of(choice.text()), choice.correct(), TextForm.of(choice.feedback()));
  }

  Choice toChoice() {
    return new Choice(key, text.toText(), correct, feedback.toText());
  }

  public String getKey() {
    return key;
  }

  public TextForm getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }

  public void setCorrect(boolean correct) {
    this.correct = correct;
  }

  public TextForm getFeedback() {
    return feedback;
  }
}
