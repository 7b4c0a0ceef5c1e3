package dk.tegn.assessments.quiz.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * When a learner may see one part of the review (score, right answers, feedback) of a submitted
 * attempt. Follows Moodle's review periods: {@code IMMEDIATELY} is the result page right after
 * submitting (the first {@link #IMMEDIATE_WINDOW}) and not later, so right answers shown there do
 * not circulate; {@code AFTER_ATTEMPT} is any time after submitting; {@code AFTER_CLOSE} is once
 * the quiz has closed (a quiz without a close date never reaches it); {@code AFTER_PASS} is once
 * the attempt passed, or when it was the last attempt allowed, so that right answers cannot be
 * collected by failing on purpose (a certificate quiz).
 */
public enum ReviewWhen {
  NEVER,
  IMMEDIATELY,
  AFTER_ATTEMPT,
  AFTER_CLOSE,
  AFTER_PASS;

  public static final Duration IMMEDIATE_WINDOW = Duration.ofMinutes(2);

  /**
   * @param submittedAt when the attempt was submitted, null while it is in progress
   * @param closeAt the quiz's close date, null when it never closes
   */
  public boolean allows(Instant submittedAt, Instant closeAt, Instant now) {
    return allows(submittedAt, closeAt, now, false);
  }

  /**
   * @param passedOrLast whether the attempt passed or was the last one allowed
   */
  public boolean allows(Instant submittedAt, Instant closeAt, Instant now, boolean passedOrLast) {
    if (submittedAt == null) {
      return false;
    }
    return switch (this) {
      case NEVER -> false;
      case IMMEDIATELY -> now.isBefore(submittedAt.plus(IMMEDIATE_WINDOW));
      case AFTER_ATTEMPT -> true;
      case AFTER_CLOSE -> closeAt != null && !now.isBefore(closeAt);
      case AFTER_PASS -> passedOrLast;
    };
  }
}
