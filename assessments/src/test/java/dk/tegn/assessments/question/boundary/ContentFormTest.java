package dk.tegn.assessments.question.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.assessments.question.entity.SingleChoice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ContentFormTest {

  @Test
  void everyTypeComesBackFromTheEditorUnchanged() {
    for (Content content : Questions.everyType()) {
      ContentForm form =
          ContentForm.of("", Questions.text("Tekst"), Questions.text("Feedback"), content);
      assertTrue(form.problems().isEmpty(), content.type() + ": " + form.problems());
      assertEquals(content, form.toContent(), content.type().toString());
      assertEquals(Questions.text("Tekst"), form.getText().toText());
    }
  }

  @Test
  void aBlankFormNamesWhatIsMissingInsteadOfFailing() {
    ContentForm form = new ContentForm("");
    assertEquals(
        java.util.Set.of(
            "assessments_author_question.textRequired",
            "assessments_author_question.noCorrectChoice",
            "assessments_author_question.choiceTextRequired"),
        form.problems());
    form.setType(QuestionType.NUMERIC);
    assertTrue(form.problems().contains("assessments_author_question.answerRequired"));
    form.setType(QuestionType.SCENARIO);
    assertTrue(form.problems().contains("assessments_author_question.partsTooFew"));
  }

  @Test
  void newChoicesGetKeysNoOtherChoiceHasAndEditingKeepsTheOldOnes() {
    ContentForm form = ContentForm.of("", Questions.text("T"), null, Questions.single());
    var before = form.getChoices().stream().map(ChoiceForm::getKey).toList();
    form.removeChoice(before.get(0));
    form.addChoice();
    form.addChoice();
    var keys = form.getChoices().stream().map(ChoiceForm::getKey).toList();
    assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
    assertTrue(keys.containsAll(before.subList(1, before.size())));
  }

  @Test
  void aTypedQuestionBecomesItsContent() {
    ContentForm form = new ContentForm("");
    form.getText().setDa("Hvilket tegn?");
    form.getChoices().get(0).getText().setDa("Gæld");
    form.getChoices().get(0).setCorrect(true);
    form.getChoices().get(0).getFeedback().setEn("Right");
    form.getChoices().get(1).getText().setEn("A wage");
    assertTrue(form.problems().isEmpty(), form.problems().toString());
    SingleChoice content = (SingleChoice) form.toContent();
    assertEquals(2, content.choices().size());
    assertEquals(1.0, content.grade(content.rightAnswer()));
    form.setType(QuestionType.NUMERIC);
    form.setAnswer(new BigDecimal("30"));
    assertEquals(QuestionType.NUMERIC, form.toContent().type());
  }
}
