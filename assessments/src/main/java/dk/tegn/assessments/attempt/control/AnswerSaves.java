package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A learner saves one answer of their attempt: the exam's hot path, thousands a minute. Checked in
 * this order: signed in (the caller's grants, read on every request), the attempt exists and is the
 * caller's, the slot exists, the answer fits the question in the options the attempt showed (400),
 * then one upsert that stores it only while the attempt is the caller's, in progress and within its
 * deadline ({@link AnswerStore}); when it stored nothing, a read says why (409: submitted or time
 * up).
 *
 * <p>Deliberately without the interceptors of {@link Attempts}: no JTA transaction (the upsert is
 * one statement and checks the attempt under its lock by itself) and no method validation (the
 * checks above are the validation, once); what the checks read is kept per attempt ({@link
 * AnswerTargets}). Each cost a measurable share of a save (ops/BENCHMARKS.md section 9.3).
 */
@ApplicationScoped
public class AnswerSaves {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AnswerTargets targets;
  @Inject AnswerStore answers;

  public AnswerSaves() {}

  /** For tests outside a container. */
  public AnswerSaves(
      EntityManager em,
      CurrentCaller caller,
      PlatformClock clock,
      AnswerTargets targets,
      AnswerStore answers) {
    this.em = em;
    this.caller = caller;
    this.clock = clock;
    this.targets = targets;
    this.answers = answers;
  }

  /**
   * Saves one answer; saving the same answer again changes nothing. Refused after submission or
   * past the deadline.
   *
   * @param publicResponse the response in the public option keys the attempt showed
   */
  public Instant save(long attemptId, int slot, JsonObject publicResponse) {
    return save(attemptId, slot, publicResponse, null);
  }

  /**
   * As {@link #save(long, int, JsonObject)}, in the order the device gave it: an answer with a
   * lower {@code clientSeq} than the stored one is acknowledged but changes nothing (an answer kept
   * offline that arrives after a newer one). The deadline is still the server's.
   *
   * @param clientSeq the device's sequence number of the answer, or null for "latest wins"
   */
  public Instant save(long attemptId, int slot, JsonObject publicResponse, Long clientSeq) {
    long learnerId = caller.accountId();
    AnswerTargets.Attempt attempt = targets.of(attemptId);
    if (attempt == null) {
      throw new RecordNotFoundException("attempt", attemptId);
    }
    if (attempt.learnerId() != learnerId) {
      throw new AccessDeniedException("attempt " + attemptId + " belongs to someone else");
    }
    AnswerTargets.Slot target = attempt.slot(slot);
    if (target == null) {
      throw new RecordNotFoundException("attempt slot", attemptId + "/" + slot);
    }
    Response response;
    try {
      if (publicResponse == null) {
        throw new IllegalArgumentException("no answer sent");
      }
      response = target.keys().toCanonical(ContentJson.readResponse(publicResponse), "");
      target.content().check(response);
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_attempt.invalidAnswer", ContentProblem.of(e));
    }
    Instant now = clock.now();
    if (!answers.save(
        attemptId,
        learnerId,
        slot,
        ContentJson.writeResponse(response).toString(),
        clientSeq,
        now)) {
      refused(attemptId, learnerId, now);
    }
    return now;
  }

  /** Says why the upsert stored nothing: the attempt as it is now. */
  private void refused(long attemptId, long learnerId, Instant now) {
    Object[] state =
        em.createNamedQuery("Attempt.findAnswerable", Object[].class)
            .setParameter("attemptId", attemptId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (state == null) {
      targets.forget(attemptId);
      throw new RecordNotFoundException("attempt", attemptId);
    }
    if ((long) state[2] != learnerId) {
      targets.forget(attemptId);
      throw new AccessDeniedException("attempt " + attemptId + " belongs to someone else");
    }
    Attempt.requireAnswerable((AttemptState) state[0], (Instant) state[1], now);
    // an attempt only moves on (submitted, past its deadline), so what refused the upsert still
    // holds; read in a transaction that saw the attempt earlier, it can look open still
    throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.submitted");
  }
}
