package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.Learners;
import dk.tegn.core.account.entity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /coordination/learners.xhtml: the people of the caller's organisations by name, username or
 * e-mail, a page at a time, each linking to their report (learner.xhtml).
 */
@Named
@ViewScoped
public class CoordinationLearnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 25;

  @Inject Learners learners;

  private String term;
  private int first;
  private List<Account> found = List.of();
  private boolean more;

  @PostConstruct
  void init() {
    load();
  }

  public void search() {
    first = 0;
    load();
  }

  public void next() {
    if (more) {
      first += PAGE;
      load();
    }
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    load();
  }

  /** One more than a page is asked for, to know whether there is a next page. */
  private void load() {
    List<Account> page = learners.search(term, first, PAGE + 1);
    more = page.size() > PAGE;
    found = more ? page.subList(0, PAGE) : page;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public List<Account> getFound() {
    return found;
  }

  public boolean isMore() {
    return more;
  }

  public boolean isFirstPage() {
    return first == 0;
  }

  public int getPageNumber() {
    return first / PAGE + 1;
  }
}
