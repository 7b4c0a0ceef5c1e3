package dk.tegn.lti.grade.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.tegn.lti.grade.entity.Score;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreDeliveryTest {

  @Test
  void scoresGoToTheLineItemsScoresServiceKeepingItsQuery() {
    assertEquals(
        "https://lms.example/api/lti/courses/7/line_items/3/scores?type_id=1",
        ScoreDelivery.scoresUrl("https://lms.example/api/lti/courses/7/line_items/3?type_id=1")
            .toString());
    assertEquals(
        "http://localhost:9/lineitems/quiz/lineitem/scores",
        ScoreDelivery.scoresUrl("http://localhost:9/lineitems/quiz/lineitem/").toString());
  }

  @Test
  void theBodyIsAnAgsScore() throws Exception {
    Instant at = Instant.parse("2026-12-05T10:00:00Z");
    Score score =
        new Score(
            1,
            BigDecimal.valueOf(80),
            BigDecimal.valueOf(100),
            "Completed",
            "FullyGraded",
            "passed",
            at);
    Map<String, Object> json = JSONObjectUtils.parse(ScoreDelivery.body(score, "sub-1"));
    assertEquals("sub-1", json.get("userId"));
    assertEquals(80.0, ((Number) json.get("scoreGiven")).doubleValue());
    assertEquals(100.0, ((Number) json.get("scoreMaximum")).doubleValue());
    assertEquals("2026-12-05T10:00:00Z", json.get("timestamp"));
  }

  @Test
  void aPlatformThatIsDownIsAskedAgainLaterAndLater() {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");
    Score score =
        new Score(1, BigDecimal.ONE, BigDecimal.TEN, "Completed", "FullyGraded", null, now);
    score.failed(now, "down");
    assertEquals(now.plusSeconds(30), score.getNextAttemptAt());
    score.failed(now, "down");
    assertEquals(now.plusSeconds(60), score.getNextAttemptAt());
    for (int i = 0; i < 30; i++) {
      score.failed(now, "down");
    }
    assertEquals(now.plus(Duration.ofHours(6)), score.getNextAttemptAt());
    assertTrue(!score.isSent());
    score.sent(now);
    assertTrue(score.isSent());
  }
}
