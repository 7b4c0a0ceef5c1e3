package dk.tegn.assessments.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.quiz.entity.ReviewWhen;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewOptionsTest {

  static final Instant SUBMITTED = Instant.parse("2026-11-23T10:00:00Z");
  static final Instant CLOSE = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void nothingIsVisibleWhileTheAttemptIsInProgress() {
    for (ReviewWhen when : ReviewWhen.values()) {
      assertFalse(when.allows(null, CLOSE, SUBMITTED), when.name());
    }
  }

  @Test
  void immediatelyMeansOnlyRightAfterSubmitting() {
    assertTrue(ReviewWhen.IMMEDIATELY.allows(SUBMITTED, null, SUBMITTED.plusSeconds(119)));
    assertFalse(ReviewWhen.IMMEDIATELY.allows(SUBMITTED, null, SUBMITTED.plusSeconds(120)));
  }

  @Test
  void afterCloseWaitsForTheCloseDateAndNeverComesWithoutOne() {
    assertFalse(ReviewWhen.AFTER_CLOSE.allows(SUBMITTED, CLOSE, CLOSE.minusSeconds(1)));
    assertTrue(ReviewWhen.AFTER_CLOSE.allows(SUBMITTED, CLOSE, CLOSE));
    assertFalse(ReviewWhen.AFTER_CLOSE.allows(SUBMITTED, null, CLOSE.plusSeconds(999_999)));
  }

  @Test
  void afterPassNeedsAPassedOrLastAttempt() {
    assertFalse(ReviewWhen.AFTER_PASS.allows(SUBMITTED, null, CLOSE.plusSeconds(999_999)));
    assertFalse(ReviewWhen.AFTER_PASS.allows(SUBMITTED, null, SUBMITTED, false));
    assertTrue(ReviewWhen.AFTER_PASS.allows(SUBMITTED, null, SUBMITTED, true));
    assertFalse(ReviewWhen.AFTER_PASS.allows(null, null, SUBMITTED, true), "not while in progress");
  }

  @Test
  void eachPartOfTheReviewHasItsOwnRule() {
    var options =
        new ReviewOptions(ReviewWhen.AFTER_ATTEMPT, ReviewWhen.AFTER_CLOSE, ReviewWhen.IMMEDIATELY);
    assertEquals(
        new ReviewOptions.Visible(true, false, true),
        options.visible(SUBMITTED, CLOSE, SUBMITTED.plusSeconds(10)));
    assertEquals(
        new ReviewOptions.Visible(true, true, false), options.visible(SUBMITTED, CLOSE, CLOSE));
    assertTrue(options.needsCloseDate());
  }
}
