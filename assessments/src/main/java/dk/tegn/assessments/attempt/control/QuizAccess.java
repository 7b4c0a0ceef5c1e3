package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.QuizAccessPolicy;
import dk.tegn.assessments.attempt.QuizGate;
import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Who may take a quiz: everyone for a shared quiz (no organisation); the accounts of the quiz's
 * organisation; its authors, so a trainer can try it as a trainee; and anyone a {@link
 * QuizAccessPolicy} of another module admits (courses: the people enrolled in a course holding it).
 * Whether they may start it now is a second question, which every {@link QuizGate} of another
 * module answers (courses: not while the quiz's module is locked for them).
 */
@ApplicationScoped
public class QuizAccess {

  private Iterable<QuizAccessPolicy> policies;
  private Iterable<QuizGate> gates;

  protected QuizAccess() {}

  @Inject
  QuizAccess(@Any Instance<QuizAccessPolicy> policies, @Any Instance<QuizGate> gates) {
    this.policies = policies;
    this.gates = gates;
  }

  /** For tests without a container: the policies other modules would provide. */
  public static QuizAccess of(List<QuizAccessPolicy> policies) {
    return of(policies, List.of());
  }

  /** For tests without a container: the policies and gates other modules would provide. */
  public static QuizAccess of(List<QuizAccessPolicy> policies, List<QuizGate> gates) {
    QuizAccess access = new QuizAccess();
    access.policies = List.copyOf(policies);
    access.gates = List.copyOf(gates);
    return access;
  }

  /** The first gate that keeps the learner from starting the quiz now, if any. */
  public Optional<QuizGate.Closed> closed(long learnerId, long quizId, String language) {
    return closed(learnerId, quizId, 0, language);
  }

  /** The same in a context (courses: the course the learner came from). */
  public Optional<QuizGate.Closed> closed(
      long learnerId, long quizId, long contextId, String language) {
    for (QuizGate gate : gates) {
      Optional<QuizGate.Closed> closed = gate.closed(learnerId, quizId, contextId, language);
      if (closed.isPresent()) {
        return closed;
      }
    }
    return Optional.empty();
  }

  public boolean mayTake(CurrentCaller caller, Quiz quiz) {
    Long organisationId = quiz.getOrganisationId();
    if (organisationId == null || organisationId == caller.organisationId()) {
      return true;
    }
    if (BankAccess.mayAuthor(caller, organisationId)) {
      return true;
    }
    long learnerId = caller.accountId();
    for (QuizAccessPolicy policy : policies) {
      if (policy.admits(learnerId, quiz.getId())) {
        return true;
      }
    }
    return false;
  }

  public void requireTakeable(CurrentCaller caller, Quiz quiz) {
    requireTakeable(caller, quiz, 0);
  }

  /**
   * The same, in a context another module must vouch for: attempts are counted per context, so a
   * context nobody admits would give a learner fresh attempts by changing a number in the address.
   */
  public void requireTakeable(CurrentCaller caller, Quiz quiz, long contextId) {
    if (!mayTake(caller, quiz)) {
      throw new AccessDeniedException(
          "quiz " + quiz.getId() + " is not open to account " + caller.accountId());
    }
    if (contextId != 0 && !admitsIn(caller.accountId(), quiz.getId(), contextId)) {
      throw new AccessDeniedException(
          "quiz " + quiz.getId() + " is not taken in context " + contextId);
    }
  }

  private boolean admitsIn(long learnerId, long quizId, long contextId) {
    for (QuizAccessPolicy policy : policies) {
      if (policy.admitsIn(learnerId, quizId, contextId)) {
        return true;
      }
    }
    return false;
  }
}
