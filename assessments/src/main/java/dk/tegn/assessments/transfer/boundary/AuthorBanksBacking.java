package dk.tegn.assessments.transfer.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
      problems = e.problems();
      FacesSupport.error(null, "assessments_author_banks.refused", problems.size());
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
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

  /** The organisation new banks go to: the caller's own when they train there, else their first. */
  private long organisation() {
    if (caller.hasRoleIn(Role.TRAINER, caller.organisationId())) {
      return caller.organisationId();
    }
    return caller.organisationsWith(Role.TRAINER).stream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("role TRAINER required"));
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
