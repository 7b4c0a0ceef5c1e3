package dk.tegn.coordination.coordinator.control;

import dk.tegn.courses.enrolment.control.Enrolments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A cohort's members a page of {@link #PAGE} account ids at a time (keyset on the account id), the
 * one reading of them for everything that goes over a whole cohort: the reports' questions to
 * courses and assessments ({@link ReportScope#overMembers}) and a cohort's assignment ({@code
 * Assignments.assignToCohort}). Courses and assessments cannot join this module's memberships, so
 * the members go to them as ids, and a page at a time no statement grows with the cohort (MariaDB
 * takes at most 65,535 placeholders). No transaction of its own: the caller's, if any.
 */
@ApplicationScoped
public class CohortMembers {

  /**
   * Members per page: one question to another module, or one batch of enrolments (at most courses'
   * {@link Enrolments#BATCH} each).
   */
  public static final int PAGE = Enrolments.BATCH;

  @PersistenceContext EntityManager em;

  /**
   * Asks {@code ask} about every page of the cohort's members, in account id order, and merges the
   * answers: asked once even for a cohort without members (with an empty page), so there is always
   * an answer.
   */
  public <T> T overPages(long cohortId, Function<List<Long>, T> ask, BinaryOperator<T> merge) {
    List<Long> page = after(cohortId, 0);
    T answer = ask.apply(page);
    while (page.size() == PAGE) {
      page = after(cohortId, page.get(page.size() - 1));
      if (page.isEmpty()) {
        break;
      }
      answer = merge.apply(answer, ask.apply(page));
    }
    return answer;
  }

  /** The page of the cohort's members after an account id, in id order. */
  List<Long> after(long cohortId, long accountId) {
    return em.createNamedQuery("CohortMember.findAccountIdsByCohortAfter", Long.class)
        .setParameter("cohortId", cohortId)
        .setParameter("after", accountId)
        .setMaxResults(PAGE)
        .getResultList();
  }
}
