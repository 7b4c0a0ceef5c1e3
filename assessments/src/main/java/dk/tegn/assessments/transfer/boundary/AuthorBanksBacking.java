package dk.tegn.assessments.transfer.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.question.boundary.TextForm;
import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code /assessments/author/banks.xhtml}: the trainer's categories and quizzes, with import and
 * export of bank files (assessments/FORMAT.md).
 */
@Named
@ViewScoped
public class AuthorBanksBacking implements Serializable {

  @Inject QuestionBank bank;
  @Inject QuizAuthoring authoring;
  @Inject BankTransfer transfer;
  @Inject CurrentCaller caller;

  /** Blank passes here: the page requires it. */
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,79}", message = "{assessments.key.pattern}")
  private String newCategoryCode;

  @Valid private TextForm newCategoryName = new TextForm();
  private boolean newCategoryShared;
  private String file;
  private boolean shared;
  private List<String> problems = new ArrayList<>();
  private List<Long> selectedCategories = new ArrayList<>();
  private List<Long> selectedQuizzes = new ArrayList<>();

  public List<Category> getCategories() {
    return bank.categories(0, 200);
  }

  public List<Quiz> getQuizzes() {
    return authoring.quizzes(0, 200);
  }

  public long questionCount(Category category) {
    return bank.countQuestions(category.getId());
  }

  public void importFile() {
    problems = new ArrayList<>();
    try {
      BankTransfer.ImportReport report = transfer.importBank(file, shared ? null : organisation());
      FacesSupport.info(
          "assessments_author_banks.imported",
          report.categories(),
          report.questions(),
          report.newVersions(),
          report.quizzes());
      file = null;
    } catch (BankFileException e) {
      problems = e.messages(FacesSupport.locale());
      FacesSupport.error(null, "assessments_author_banks.refused", problems.size());
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
    }
  }

  /** A new category, or a new name for the category with that key. */
  public String createCategory() {
    if (newCategoryName.isBlank()) {
      FacesSupport.error("newCategory:nameDa", "assessments_author_category.nameRequired");
      return null;
    }
    try {
      Category category =
          bank.saveCategory(
              newCategoryShared ? null : organisation(), newCategoryCode, newCategoryName.toText());
      FacesSupport.info("assessments_author_banks.categoryCreated", category.getCode());
      return "/assessments/author/category.xhtml?faces-redirect=true&id=" + category.getId();
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
      return null;
    }
  }

  public StreamedContent getExport() {
    String json = transfer.export(selectedCategories, selectedQuizzes);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("tegn-bank.json")
        .contentType("application/json")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private long organisation() {
    return BankAccess.homeOrganisation(caller);
  }

  public String getNewCategoryCode() {
    return newCategoryCode;
  }

  public void setNewCategoryCode(String newCategoryCode) {
    this.newCategoryCode = newCategoryCode == null ? null : newCategoryCode.strip();
  }

  public TextForm getNewCategoryName() {
    return newCategoryName;
  }

  public boolean isNewCategoryShared() {
    return newCategoryShared;
  }

  public void setNewCategoryShared(boolean newCategoryShared) {
    this.newCategoryShared = newCategoryShared;
  }

  public String getFile() {
    return file;
  }

  public void setFile(String file) {
    this.file = file;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }

  public List<String> getProblems() {
    return problems;
  }

  public List<Long> getSelectedCategories() {
    return selectedCategories;
  }

  public void setSelectedCategories(List<Long> selectedCategories) {
    this.selectedCategories = selectedCategories;
  }

  public List<Long> getSelectedQuizzes() {
    return selectedQuizzes;
  }

  public void setSelectedQuizzes(List<Long> selectedQuizzes) {
    this.selectedQuizzes = selectedQuizzes;
  }
}
