package dk.tegn.assessments.question.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.core.problem.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /assessments/author/category.xhtml?id=<categoryId>}: a category's current questions, with
 * links to edit each and to write a new one, and its name in Danish and English.
 */
@Named
@ViewScoped
public class AuthorCategoryBacking implements Serializable {

  @Inject QuestionBank bank;

  private long id;
  private String code;
  private Long organisationId;
  @Valid private TextForm name;

  public void load() {
    if (name == null) {
      Category category = bank.category(id);
      code = category.getCode();
      organisationId = category.getOrganisationId();
      name = TextForm.of(category.getName());
    }
  }

  public void rename() {
    if (name.isBlank()) {
      FacesSupport.error("category:nameDa", "assessments_author_category.nameRequired");
      return;
    }
    try {
      bank.saveCategory(organisationId, code, name.toText());
      FacesSupport.info("assessments_author_category.renamed");
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
    }
  }

  public List<QuestionVersion> getQuestions() {
    return bank.questions(id, 0, 500);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public TextForm getName() {
    return name;
  }
}
