package dk.tegn.assessments.question.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.attempt.boundary.AnswerForm;
import dk.tegn.assessments.attempt.control.AttemptViews;
import dk.tegn.assessments.attempt.control.QuestionView;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.question.entity.PartialCredit;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.core.problem.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /assessments/author/question.xhtml?category=<id>} (new) or {@code ?id=<questionId>}
 * (edit): every question type with Danish and English side by side, general and per-choice
 * feedback, audiences, and a preview as a trainee sees it. Saving a changed wording adds a version;
 * attempts keep the version they showed.
 */
@Named
@ViewScoped
public class AuthorQuestionBacking implements Serializable {

  private static final String PROBLEMS = "question:problems";

  @Inject QuestionBank bank;

  private Long questionId;

  private Long categoryId;

  /** Blank passes here: {@link #save} requires it. */
  @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9_.-]{0,79}", message = "{assessments.key.pattern}")
  private String code;

  @Size(max = 250, message = "{assessments.question.audiences.size}")
  private String audiences;

  @Valid private ContentForm content;
  private int currentNumber;
  private QuestionView preview;
  private final Map<String, AnswerForm> previewForms = new HashMap<>();

  public void load() {
    if (content != null) {
      return;
    }
    if (questionId == null) {
      content = new ContentForm("");
      return;
    }
    Question question = bank.question(questionId);
    QuestionVersion current = question.current();
    categoryId = question.getCategory().getId();
    code = question.getCode();
    audiences = String.join(", ", question.getAudiences());
    currentNumber = question.getCurrentNumber();
    content =
        ContentForm.of("", current.getText(), current.getGeneralFeedback(), current.getContent());
  }

  /** Saves; a changed wording becomes a new version, an unchanged one keeps the current. */
  public String save() {
    boolean complete = complete();
    // checked here rather than by required="true": adding a choice or switching the type must
    // work on a form without them
    if (categoryId == null) {
      FacesSupport.error("question:category", "assessments_author_question.categoryRequired");
      complete = false;
    }
    if (code == null || code.isEmpty()) {
      FacesSupport.error("question:code", "assessments_author_question.codeRequired");
      complete = false;
    }
    if (!complete) {
      return null;
    }
    try {
      QuestionVersion version =
          bank.saveQuestion(
              categoryId,
              code,
              audienceList(),
              content.getText().toText(),
              content.getFeedback().toText(),
              content.toContent());
      FacesSupport.info("assessments_author_question.saved", version.getNumber());
      return "/assessments/author/question.xhtml?faces-redirect=true&id="
          + version.getQuestion().getId();
    } catch (IllegalArgumentException e) {
      FacesSupport.error(PROBLEMS, "assessments_rule.invalid", ContentProblem.of(e));
    } catch (RuleViolationException e) {
      FacesSupport.error(PROBLEMS, e);
    }
    return null;
  }

  /** Shows the question as a trainee would meet it, from what the form holds now (unsaved). */
  public void showPreview() {
    preview = null;
    previewForms.clear();
    if (!complete()) {
      return;
    }
    try {
      preview =
          AttemptViews.preview(
              content.getText().toText(),
              content.getFeedback().toText(),
              content.toContent(),
              FacesSupport.language());
      previewForms.put("", new AnswerForm(preview));
      preview.parts().forEach(p -> previewForms.put(p.part(), new AnswerForm(p)));
    } catch (IllegalArgumentException e) {
      FacesSupport.error(PROBLEMS, "assessments_rule.invalid", ContentProblem.of(e));
    }
  }

  private boolean complete() {
    var problems = content.problems();
    problems.forEach(key -> FacesSupport.error(PROBLEMS, key));
    return problems.isEmpty();
  }

  private List<String> audienceList() {
    return audiences == null ? List.of() : Arrays.asList(audiences.split(","));
  }

  public void retire() {
    bank.retire(questionId);
    FacesSupport.info("assessments_author_question.retired");
  }

  // ---- the preview plays the take page's part (see take/question-fields.xhtml)

  public AnswerForm form(int slot, String part) {
    return previewForms.get(part);
  }

  /** A preview saves nothing: the trainer only tries the inputs. */
  public void save(int slot) {
    // nothing is stored for a preview
  }

  public void move(int slot, String part, int index, int direction) {
    previewForms.get(part).move(index, direction);
  }

  public String optionText(QuestionView q, String key) {
    return AnswerForm.optionText(q, key, FacesSupport.locale());
  }

  // ---- the page

  public List<Category> getCategories() {
    return bank.categories(0, 500);
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public List<QuestionType> getPartTypes() {
    return Arrays.stream(QuestionType.values()).filter(t -> t != QuestionType.SCENARIO).toList();
  }

  public PartialCredit[] getPartialCredits() {
    return PartialCredit.values();
  }

  public boolean isEditing() {
    return questionId != null;
  }

  public int getCurrentNumber() {
    return currentNumber;
  }

  public QuestionView getPreview() {
    return preview;
  }

  public Long getId() {
    return questionId;
  }

  public void setId(Long id) {
    this.questionId = id;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  public String getAudiences() {
    return audiences;
  }

  public void setAudiences(String audiences) {
    this.audiences = audiences;
  }

  public ContentForm getContent() {
    return content;
  }
}
