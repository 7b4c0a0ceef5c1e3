package dk.tegn.assessments.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** What a learner sees of a submitted attempt, and from when. */
@Embeddable
public class ReviewOptions implements Serializable {

  @Enumerated(EnumType.STRING)
  @Column(name = "review_score", nullable = false)
  private ReviewWhen score = ReviewWhen.AFTER_ATTEMPT;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_right_answers", nullable = false)
  private ReviewWhen rightAnswers = ReviewWhen.AFTER_ATTEMPT;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_feedback", nullable = false)
  private ReviewWhen feedback = ReviewWhen.AFTER_ATTEMPT;

  protected ReviewOptions() {}

  public ReviewOptions(ReviewWhen score, ReviewWhen rightAnswers, ReviewWhen feedback) {
    this.score = Objects.requireNonNull(score);
    this.rightAnswers = Objects.requireNonNull(rightAnswers);
    this.feedback = Objects.requireNonNull(feedback);
  }

  public static ReviewOptions afterAttempt() {
    return new ReviewOptions(
        ReviewWhen.AFTER_ATTEMPT, ReviewWhen.AFTER_ATTEMPT, ReviewWhen.AFTER_ATTEMPT);
  }

  /** What may be shown now of an attempt submitted at {@code submittedAt}. */
  public Visible visible(Instant submittedAt, Instant closeAt, Instant now) {
    return visible(submittedAt, closeAt, now, false);
  }

  /**
   * @param passedOrLast whether the attempt passed or was the last one allowed ({@link
   *     ReviewWhen#AFTER_PASS})
   */
  public Visible visible(Instant submittedAt, Instant closeAt, Instant now, boolean passedOrLast) {
    return new Visible(
        score.allows(submittedAt, closeAt, now, passedOrLast),
        rightAnswers.allows(submittedAt, closeAt, now, passedOrLast),
        feedback.allows(submittedAt, closeAt, now, passedOrLast));
  }

  /** True when some option waits for a close date. */
  public boolean needsCloseDate() {
    return score == ReviewWhen.AFTER_CLOSE
        || rightAnswers == ReviewWhen.AFTER_CLOSE
        || feedback == ReviewWhen.AFTER_CLOSE;
  }

  public ReviewWhen getScore() {
    return score;
  }

  public ReviewWhen getRightAnswers() {
    return rightAnswers;
  }

  public ReviewWhen getFeedback() {
    return feedback;
  }

  /** The parts of the review visible at one moment. */
  public record Visible(boolean score, boolean rightAnswers, boolean feedback) {}
}
