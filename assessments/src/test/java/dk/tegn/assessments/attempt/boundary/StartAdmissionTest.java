package dk.tegn.assessments.attempt.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.boundary.StartAdmission.Decision;
import dk.tegn.assessments.attempt.boundary.StartAdmission.Decision.Kind;
import dk.tegn.assessments.attempt.boundary.StartAdmission.Key;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which presses of start the queue takes, measured by a clock the test moves: as many as the
 * measured rate serves within the admission's time; the rest refused at once with the line's wait,
 * keeping their place ahead of later presses.
 */
@ParameterizedClass
@ValueSource(ints = {2, 4})
class StartAdmissionTest {

  private final int turns;
  private long now = 1_000_000_000L;

  /** {@code turns} at once, queued only when served within 4 s, a called place kept 15 s. */
  private final StartAdmission admission;

  StartAdmissionTest(int turns) {
    this.turns = turns;
    admission = new StartAdmission(() -> now, turns, 4, 15, TimeUnit.SECONDS);
  }

  @Test
  void beforeAnyStartIsMeasuredTheQueueTakesWhatTheAssumedRateServes() {
    int assumed = (int) (turns * StartAdmission.UNKNOWN_RATE_PER_TURN * 4);
    for (int i = 0; i < assumed; i++) {
      assertEquals(Kind.QUEUE, press(i).kind(), "press " + i);
    }
    Decision refused = press(assumed);
    assertEquals(Kind.REFUSE, refused.kind());
    assertEquals(1, refused.retryAfterSeconds(), "one place ahead at 15 a second a turn");
  }

  /**
   * A start alone (the quiet warm-up before an exam) took a few ms: were it learnt, the queue would
   * take 8,000 presses at the signal; it keeps to the assumed rate until a busy start is measured.
   */
  @Test
  void aStartThatRanAloneDoesNotSetTheRate() {
    for (int i = 0; i < 2 * StartAdmission.SAMPLE_STARTS; i++) {
      admission.admit(key(-1 - i));
      now += TimeUnit.MILLISECONDS.toNanos(100);
      admission.ran();
    }
    assertEquals(turns * StartAdmission.UNKNOWN_RATE_PER_TURN, admission.rate());
    fill((int) (turns * StartAdmission.UNKNOWN_RATE_PER_TURN * 4));
    assertEquals(Kind.REFUSE, press(1000).kind(), "no more than the assumed rate serves in 4 s");
  }

  @Test
  void theMeasuredRateSetsHowManyAreQueuedAndTheWaitTheRefusedAreTold() {
    measure(4); // 4 starts a second: 16 within 4 s, whatever the turns
    for (int i = 0; i < 16; i++) {
      assertEquals(Kind.QUEUE, press(i).kind(), "press " + i);
    }
    assertEquals(new Decision(Kind.REFUSE, 1), press(16), "the first place out: 1 of 4 a second");
    for (int i = 17; i < 25; i++) {
      press(i);
    }
    assertEquals(
        new Decision(Kind.REFUSE, 2),
        press(25),
        "ten places until theirs: 2.5 s, told four fifths of it, rounded down");
    assertEquals(16, admission.queued());
    assertEquals(10, admission.waitingTickets());
  }

  /**
   * The rate is the busy queue's throughput: starts done per second while all turns were taken and
   * others waited, not one start's time (which the turns may not all have spent starting).
   */
  @Test
  void theRateIsTheStartsDonePerSecondWhileOthersWaited() {
    int presses = turns + StartAdmission.SAMPLE_STARTS + 1;
    for (int i = 0; i < presses; i++) {
      admission.admit(key(-1 - i));
    }
    for (int i = 0; i < StartAdmission.SAMPLE_STARTS; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(i % 2 == 0 ? 50 : 150); // 8 in 0.8 s
      admission.ran();
    }
    assertEquals(10, admission.rate(), 1e-9);
    for (int i = 0; i < turns + 1; i++) {
      now += TimeUnit.SECONDS.toNanos(10); // slow, but nobody waits for them
      admission.ran();
    }
    assertEquals(10, admission.rate(), 1e-9, "starts done with nobody waiting are not learnt");
  }

  @Test
  void refusedCallersGoInInTheOrderTheyFirstPressedAheadOfNewcomers() {
    measure(4);
    fill(16);
    assertEquals(Kind.REFUSE, press(100).kind()); // first in line
    assertEquals(Kind.REFUSE, press(101).kind()); // second

    admission.ran(); // a place frees: kept for the first
    assertEquals(Kind.REFUSE, press(200).kind(), "a newcomer does not take the kept place");
    assertEquals(Kind.REFUSE, press(101).kind(), "nor does the second in line");
    assertEquals(Kind.QUEUE, press(100).kind(), "the first comes back and goes in");

    admission.ran();
    assertEquals(Kind.REFUSE, press(200).kind(), "the newcomer is still behind the second");
    assertEquals(Kind.QUEUE, press(101).kind());
    admission.ran();
    assertEquals(Kind.QUEUE, press(200).kind(), "then the newcomer's own turn");
    assertEquals(0, admission.waitingTickets());
  }

  @Test
  void aCalledPlaceWhoseHolderDoesNotComeBackInTimeGoesToTheNext() {
    measure(4);
    fill(16);
    Decision first = press(100);
    press(101);
    admission.ran();
    assertEquals(Kind.REFUSE, press(101).kind(), "the place is kept for the first");

    now += TimeUnit.SECONDS.toNanos(first.retryAfterSeconds() + 15 + 1);
    assertEquals(Kind.QUEUE, press(101).kind(), "the first did not come back: the second goes in");
    Decision late = press(100);
    assertEquals(Kind.REFUSE, late.kind(), "the one who gave up comes back at the end of the line");
  }

  /**
   * Each sample weighs by its busy time: a few starts done in a row after a pause (8 in 0.2 s, 40 a
   * second) hardly move a rate measured at 4 a second; weighed one per sample they moved it to
   * 14.8.
   */
  @Test
  void aShortFastSampleWeighsByItsTimeNotAsMuchAsAnyOther() {
    measure(4);
    int presses = turns + StartAdmission.SAMPLE_STARTS + 1;
    for (int i = 0; i < presses; i++) {
      admission.admit(key(-100 - i));
    }
    for (int i = 0; i < StartAdmission.SAMPLE_STARTS; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(25);
      admission.ran();
    }
    // about a tenth of the way (0.2 s of a 2 s memory) from 4 towards the sample's 40-45 a second
    assertTrue(admission.rate() > 4 && admission.rate() < 8, "rate " + admission.rate());
  }

  /**
   * A rate learnt in a slow moment keeps few places, kept for holders told to come back late, so
   * nobody waits behind the turns and no busy start is measured: without the raise the queue stayed
   * at 0.9 a second, its turns idle (ops/BENCHMARKS.md §3.ac).
   */
  @Test
  void aRateLearntInASlowMomentRisesWhileTheTurnsIdleAndTicketsWait() {
    measure(1);
    int places = Math.max(turns, 4);
    fill(places);
    assertEquals(Kind.REFUSE, press(100).kind());
    for (int i = 0; i < places; i++) {
      admission.ran();
    }
    assertEquals(1, admission.rate(), 1e-9, "no time has passed: nothing idled");

    now += TimeUnit.SECONDS.toNanos(1); // every turn idle for a second while a ticket waits
    press(101);
    assertEquals(
        Math.pow(StartAdmission.RAISE_PER_IDLE_TURN_SECOND, turns), admission.rate(), 1e-6);
    now += TimeUnit.SECONDS.toNanos(10);
    press(102);
    assertEquals(
        turns * StartAdmission.UNKNOWN_RATE_PER_TURN,
        admission.rate(),
        1e-9,
        "no higher than assumed before any measurement");
  }

  @Test
  void theWaitToldIsAtMostAMinute() {
    measure(0.02); // 50 s a start: the queue takes its turns only
    fill(turns);
    assertEquals(new Decision(Kind.REFUSE, 40), press(10), "50 s, told four fifths");
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

  /**
   * The queue serves {@code startsPerSecond} while others wait: a sample's worth of starts leave it
   * at that pace while more are queued than there are turns; then it empties.
   */
  private void measure(double startsPerSecond) {
    int presses = turns + StartAdmission.SAMPLE_STARTS + 1;
    for (int i = 0; i < presses; i++) {
      admission.admit(key(-1 - i));
    }
    for (int i = 0; i < presses; i++) {
      if (i < StartAdmission.SAMPLE_STARTS) {
        now += (long) (1e9 / startsPerSecond);
      }
      admission.ran();
    }
    assertEquals(startsPerSecond, admission.rate(), startsPerSecond * 1e-6);
    assertEquals(0, admission.queued());
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
