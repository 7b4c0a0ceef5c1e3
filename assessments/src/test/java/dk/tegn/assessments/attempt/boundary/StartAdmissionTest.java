package dk.tegn.assessments.attempt.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.assessments.attempt.boundary.StartAdmission.Decision;
import dk.tegn.assessments.attempt.boundary.StartAdmission.Decision.Kind;
import dk.tegn.assessments.attempt.boundary.StartAdmission.Key;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Which presses of start the queue takes, measured by a clock the test moves: as many as the
 * measured rate serves within the admission's time; the rest refused at once with the line's wait,
 * keeping their place ahead of later presses.
 */
class StartAdmissionTest {

  private long now = 1_000_000_000L;

  /** Two turns, queued only when served within 4 s, a called place kept 15 s past its time. */
  private final StartAdmission admission =
      new StartAdmission(() -> now, 2, 4, 15, TimeUnit.SECONDS);

  @Test
  void beforeAnyStartIsMeasuredTheQueueTakesWhatTheAssumedRateServes() {
    int assumed = (int) (StartAdmission.UNKNOWN_RATE * 4);
    for (int i = 0; i < assumed; i++) {
      assertEquals(Kind.QUEUE, press(i).kind(), "press " + i);
    }
    Decision refused = press(assumed);
    assertEquals(Kind.REFUSE, refused.kind());
    assertEquals(1, refused.retryAfterSeconds(), "one place ahead at 10 a second");
  }

  /**
   * A start alone (the quiet warm-up before an exam) took a few ms: were it learnt, the queue would
   * take 8,000 presses at the signal; it keeps to the assumed rate until a busy start is measured.
   */
  @Test
  void aStartThatRanAloneDoesNotSetTheRate() {
    admission.admit(key(-1));
    admission.ran(TimeUnit.MILLISECONDS.toNanos(1));
    assertEquals(StartAdmission.UNKNOWN_RATE, admission.rate());
    fill((int) (StartAdmission.UNKNOWN_RATE * 4));
    assertEquals(Kind.REFUSE, press(1000).kind(), "no more than the assumed rate serves in 4 s");
  }

  @Test
  void theMeasuredRateSetsHowManyAreQueuedAndTheWaitTheRefusedAreTold() {
    measure(500); // two turns at half a second each: 4 starts a second, 16 within 4 s
    for (int i = 0; i < 16; i++) {
      assertEquals(Kind.QUEUE, press(i).kind(), "press " + i);
    }
    assertEquals(new Decision(Kind.REFUSE, 1), press(16), "the first place out: 1 of 4 a second");
    for (int i = 17; i < 24; i++) {
      press(i);
    }
    assertEquals(
        new Decision(Kind.REFUSE, 3), press(24), "nine places until theirs: 2.25 s, rounded up");
    assertEquals(16, admission.queued());
    assertEquals(9, admission.waitingTickets());
  }

  @Test
  void refusedCallersGoInInTheOrderTheyFirstPressedAheadOfNewcomers() {
    measure(500);
    fill(16);
    assertEquals(Kind.REFUSE, press(100).kind()); // first in line
    assertEquals(Kind.REFUSE, press(101).kind()); // second

    admission.ran(TimeUnit.MILLISECONDS.toNanos(500)); // a place frees: kept for the first
    assertEquals(Kind.REFUSE, press(200).kind(), "a newcomer does not take the kept place");
    assertEquals(Kind.REFUSE, press(101).kind(), "nor does the second in line");
    assertEquals(Kind.QUEUE, press(100).kind(), "the first comes back and goes in");

    admission.ran(TimeUnit.MILLISECONDS.toNanos(500));
    assertEquals(Kind.REFUSE, press(200).kind(), "the newcomer is still behind the second");
    assertEquals(Kind.QUEUE, press(101).kind());
    admission.ran(TimeUnit.MILLISECONDS.toNanos(500));
    assertEquals(Kind.QUEUE, press(200).kind(), "then the newcomer's own turn");
    assertEquals(0, admission.waitingTickets());
  }

  @Test
  void aCalledPlaceWhoseHolderDoesNotComeBackInTimeGoesToTheNext() {
    measure(500);
    fill(16);
    Decision first = press(100);
    press(101);
    admission.ran(TimeUnit.MILLISECONDS.toNanos(500));
    assertEquals(Kind.REFUSE, press(101).kind(), "the place is kept for the first");

    now += TimeUnit.SECONDS.toNanos(first.retryAfterSeconds() + 15 + 1);
    assertEquals(Kind.QUEUE, press(101).kind(), "the first did not come back: the second goes in");
    Decision late = press(100);
    assertEquals(Kind.REFUSE, late.kind(), "the one who gave up comes back at the end of the line");
  }

  @Test
  void theWaitToldIsAtMostAMinute() {
    measure(100_000); // 50 s a start: the queue takes its two turns only
    fill(2);
    assertEquals(new Decision(Kind.REFUSE, 50), press(10));
    assertEquals(new Decision(Kind.REFUSE, 60), press(11), "100 s, told 60 s");
  }

  @Test
  void aStartFinishedAfterItsCallerWasRefusedIsResumedOnceOnTheNextPress() {
    Key late = key(7);
    admission.finishedLate(late);
    assertEquals(Decision.RESUME, admission.admit(late));
    assertEquals(Kind.QUEUE, admission.admit(late).kind(), "resumed once, then as any press");
  }

  @Test
  void aStartFinishedLateIsNotKeptForeverForACallerWhoDoesNotComeBack() {
    Key late = key(7);
    admission.finishedLate(late);
    now += TimeUnit.SECONDS.toNanos(StartAdmission.MAX_RETRY_AFTER_SECONDS + 15 + 1);
    assertEquals(Kind.QUEUE, admission.admit(late).kind());
  }

  /** Three starts queued on two turns: the first to leave ran while one waited, so it is learnt. */
  private void measure(long millis) {
    for (int i = 1; i <= 3; i++) {
      admission.admit(key(-i));
    }
    for (int i = 1; i <= 3; i++) {
      admission.ran(TimeUnit.MILLISECONDS.toNanos(millis));
    }
  }

  private void fill(int places) {
    for (int i = 0; i < places; i++) {
      assertEquals(Kind.QUEUE, press(i).kind(), "press " + i);
    }
  }

  private Decision press(int trainee) {
    return admission.admit(key(trainee));
  }

  private static Key key(int trainee) {
    return new Key("trainee-" + trainee, 1, 0);
  }
}
