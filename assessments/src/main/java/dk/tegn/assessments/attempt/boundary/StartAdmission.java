package dk.tegn.assessments.attempt.boundary;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Decides, the moment start is pressed, whether the queue of starts can serve the press within the
 * bound, and otherwise how long the caller should wait: admission control for {@link
 * AttemptStarts}. An unbounded queue made every start of a 10,000-trainee hall wait until just
 * before the bound, and many finish just after it, work done and answer already "busy"
 * (ops/BENCHMARKS.md §3); here a start is queued only while the starts ahead of it can be done
 * within {@link #admitWithinNanos}, and refused at once beyond that, holding nothing.
 *
 * <p><b>The rate</b> is measured, not configured: the starts that finish while all {@code turns}
 * are taken and others wait, per second of that busy time (the queue's throughput while busy,
 * whatever the demand, so a quiet hour before the exam does not make the first minute look slow),
 * smoothed over the last seconds of busy time (an EWMA weighted by each sample's time). A start
 * alone on a quiet box takes a few ms, and learning from those (the exam's warm-up) made the queue
 * admit a thousand presses at the signal that it then served at sixty a second, most of them
 * refused after waiting (ops/BENCHMARKS.md §3.aa). Before the busy queue has been measured it
 * assumes {@link #UNKNOWN_RATE_PER_TURN} per turn, about what a turn served in the exams on the
 * 2-core box: the 10 a second assumed in session 17 whatever the turns told the first hundreds
 * refused to come back several times later than their place came, and the turns idled meanwhile
 * (§3.ac). Turns idle while tickets wait raise a measured rate back towards that assumption ({@link
 * #raise}): a rate learnt in a slow moment cannot otherwise rise again. The queue never admits
 * fewer than {@code turns}.
 *
 * <p><b>Tickets</b>: a refused caller keeps a place in a line of their own (a ticket per caller,
 * quiz and context), and is told, as Retry-After, a little before that place will come: {@link
 * #AIM} of the places needed before theirs ÷ the rate, between 1 and 60 s. Early, because a place
 * called for a holder who is not back yet is a turn idle, while a holder back early is only told
 * the rest of the wait; and the clients add up to a tenth at random to the time they are told. As
 * starts leave the queue, the next tickets are called and their places kept for them; a newcomer is
 * queued only when nobody holds a ticket. Why tickets rather than "refused, try again": without
 * them each refused trainee comes back every few seconds and is refused again until, by chance,
 * they arrive just as a place frees, so the refusals are most of the traffic (698 a second in the
 * 10,000 run), an early trainee can be overtaken by every later one, and the time from the first
 * press to a started attempt has no bound; with them, each trainee is told once how long the line
 * ahead is, comes back about then, and goes in, in the order they first pressed. A called place
 * whose holder has not come back {@link #graceNanos} after the time they were given (they gave up,
 * closed the page) is given to the next.
 *
 * <p>A start that finished only after its caller was told "busy" is marked resumable: the caller's
 * next press resumes that attempt at once, outside the queue (a resume reads; nothing is drawn or
 * written), so that work is not lost and not queued again.
 *
 * <p>Every method is synchronized and takes a few steps: the line's bookkeeping is counters, and
 * the maps are swept from their oldest end.
 */
final class StartAdmission {

  /** Starts a second a turn is assumed to serve before the busy queue has been measured. */
  static final double UNKNOWN_RATE_PER_TURN = 15;

  /**
   * The smoothed rate forgets a sample in about this many seconds of busy time: each sample weighs
   * by the time it took, not one per sample, or the moments when starts come fast (a few in a row
   * after a pause) give the most samples and the rate runs above what the queue serves (1.4–1.9
   * times in a burst at load 20–27, ops/BENCHMARKS.md §3.ac).
   */
  static final double SMOOTHING_SECONDS = 2;

  /** A sample of the busy queue's rate: at least this many starts, and {@link #SAMPLE_NANOS}. */
  static final int SAMPLE_STARTS = 8;

  static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  /**
   * The share of a refused caller's wait they are told: the clients add up to a tenth at random, so
   * they come back before their place is called; one back early is told the rest.
   */
  static final double AIM = 0.8;

  /** How much the rate rises for each turn-second idle while tickets wait (see {@link #raise}). */
  static final double RAISE_PER_IDLE_TURN_SECOND = 2;

  /** How often, while presses come, the line's figures are logged (the pace, the idle turns). */
  static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  static final int MIN_RETRY_AFTER_SECONDS = 1;
  static final int MAX_RETRY_AFTER_SECONDS = 60;

  /** What a press of start gets: queued, resumed at once, or refused with the seconds to wait. */
  record Decision(Kind kind, int retryAfterSeconds) {

    enum Kind {
      QUEUE,
      RESUME,
      REFUSE
    }

    static final Decision QUEUE = new Decision(Kind.QUEUE, 0);
    static final Decision RESUME = new Decision(Kind.RESUME, 0);
  }

  /** Whose start: one caller's press on one quiz in one context. */
  record Key(String username, long quizId, long contextId) {}

  private static final class Ticket {
    final long number;
    long backByNanos;

    Ticket(long number) {
      this.number = number;
    }
  }

  private final LongSupplier nanos;
  private final int turns;
  private final long admitWithinNanos;
  private final long graceNanos;

  /** The rate assumed before the busy queue has been measured, and the most a raise reaches. */
  private final double assumedRate;

  /** The smoothed starts a second of the busy queue; negative until it has been measured. */
  private double measuredRate = -1;

  /** The sample being taken: busy time (all turns taken, others waiting) and starts done in it. */
  private long sampleBusyNanos;

  private int sampleStarts;

  /** Starts admitted to the queue that have not left it (waiting or running). */
  private int queued;

  /** Tickets in the order given (so in number order), until redeemed or forfeited. */
  private final Map<Key, Ticket> tickets = new LinkedHashMap<>();

  private long issued;
  private long called;

  /** Called tickets whose holders have not come back yet: places kept for them. */
  private int reserved;

  /** Starts finished after their caller was refused, by the time they are kept to be resumed. */
  private final Map<Key, Long> resumable = new LinkedHashMap<>();

  private final Consumer<String> log;

  // ---- the figures of the current report's window (see advance)
  private long lastEvent;
  private long windowStart;
  private int windowQueued;
  private int windowRefused;
  private int windowStarted;
  private long windowBusyNanos;
  private long windowIdleTurnNanos;
  private long windowTicketsOutNanos;

  /**
   * @param nanos the clock ({@link System#nanoTime} in the container)
   * @param turns how many starts run at once
   * @param admitWithin a start is queued only when it can be done within this; below the bound
   *     after which a queued start is refused, for the estimate's error
   * @param grace how long after the time they were given a called holder keeps their place
   */
  StartAdmission(LongSupplier nanos, int turns, long admitWithin, long grace, TimeUnit unit) {
    this(nanos, turns, admitWithin, grace, unit, line -> {});
  }

  /** As the other, logging the line's figures to {@code log} every few seconds while it is used. */
  StartAdmission(
      LongSupplier nanos,
      int turns,
      long admitWithin,
      long grace,
      TimeUnit unit,
      Consumer<String> log) {
    this.nanos = nanos;
    this.turns = turns;
    this.admitWithinNanos = unit.toNanos(admitWithin);
    this.graceNanos = unit.toNanos(grace);
    this.assumedRate = turns * UNKNOWN_RATE_PER_TURN;
    this.log = log;
    lastEvent = nanos.getAsLong();
    windowStart = lastEvent;
  }

  /** Whether the press of {@code key} is queued, resumed at once, or refused (and for how long). */
  synchronized Decision admit(Key key) {
    long now = nanos.getAsLong();
    advance(now);
    Long keptUntil = resumable.remove(key);
    if (keptUntil != null && keptUntil - now > 0) {
      return Decision.RESUME;
    }
    callWhileRoom(now);
    Ticket ticket = tickets.get(key);
    if (ticket != null && ticket.number < called) {
      tickets.remove(key);
      reserved--;
      queued++;
      windowQueued++;
      return Decision.QUEUE;
    }
    if (ticket == null && called == issued && queued + reserved < capacity()) {
      queued++;
      windowQueued++;
      return Decision.QUEUE;
    }
    if (ticket == null) {
      ticket = new Ticket(issued++);
      tickets.put(key, ticket);
    }
    long placesFirst = ticket.number - called + 1 + Math.max(0, queued + reserved - capacity());
    int retryAfter = clamp(Math.floor(AIM * placesFirst / rate()));
    ticket.backByNanos = now + TimeUnit.SECONDS.toNanos(retryAfter);
    windowRefused++;
    return new Decision(Decision.Kind.REFUSE, retryAfter);
  }

  /**
   * A queued start ran and left the queue; it counts towards the rate only when others were waiting
   * for a turn (the queue's speed while busy, not a lone start's).
   */
  synchronized void ran() {
    advance(nanos.getAsLong());
    windowStarted++;
    if (queued > turns) {
      sampleStarts++;
      if (sampleStarts >= SAMPLE_STARTS && sampleBusyNanos >= SAMPLE_NANOS) {
        double seconds = sampleBusyNanos / 1e9;
        double sample = sampleStarts / seconds;
        double weight = 1 - Math.exp(-seconds / SMOOTHING_SECONDS);
        measuredRate = measuredRate < 0 ? sample : measuredRate + weight * (sample - measuredRate);
        sampleStarts = 0;
        sampleBusyNanos = 0;
      }
    }
    queued--;
  }

  /** A queued start left without running: its caller was refused before its turn came. */
  synchronized void left() {
    advance(nanos.getAsLong());
    queued--;
  }

  /** The start of {@code key} finished after its caller was refused: the next press resumes it. */
  synchronized void finishedLate(Key key) {
    long now = nanos.getAsLong();
    // oldest first: drop the ones whose callers did not come back
    for (Iterator<Long> i = resumable.values().iterator(); i.hasNext(); ) {
      if (i.next() - now > 0) {
        break;
      }
      i.remove();
    }
    resumable.remove(key);
    resumable.put(key, now + TimeUnit.SECONDS.toNanos(MAX_RETRY_AFTER_SECONDS) + graceNanos);
  }

  /**
   * Seconds until the queue as it stands is served: the Retry-After of a start not done in time.
   */
  synchronized int queueSeconds() {
    return clamp(Math.ceil((queued + reserved) / rate()));
  }

  /** Starts a second the queue serves, as measured. */
  synchronized double rate() {
    return measuredRate <= 0 ? assumedRate : measuredRate;
  }

  /** How many starts the queue holds: as many as are served within the admission's time. */
  private int capacity() {
    return (int) Math.max(turns, Math.floor(rate() * admitWithinNanos / 1e9));
  }

  /**
   * Gives up the places of called holders who did not come back in time, then calls the next
   * tickets while the queue has room, keeping a place for each.
   */
  private void callWhileRoom(long now) {
    for (Iterator<Ticket> i = tickets.values().iterator(); i.hasNext(); ) {
      Ticket oldest = i.next();
      if (oldest.number >= called || now - (oldest.backByNanos + graceNanos) < 0) {
        break;
      }
      i.remove();
      reserved--;
    }
    while (called < issued && queued + reserved < capacity()) {
      called++;
      reserved++;
    }
  }

  /**
   * Adds the time since the last event to the window's figures (turns busy while others waited,
   * turns idle while tickets were out: places kept for holders not yet back), and logs the window
   * once it is {@link #REPORT_EVERY_NANOS} long.
   */
  private void advance(long now) {
    long since = now - lastEvent;
    lastEvent = now;
    if (queued > turns) {
      windowBusyNanos += since;
      sampleBusyNanos += since;
    }
    if (!tickets.isEmpty()) {
      long idleTurnNanos = since * (turns - Math.min(queued, turns));
      windowTicketsOutNanos += since;
      windowIdleTurnNanos += idleTurnNanos;
      raise(idleTurnNanos);
    }
    long window = now - windowStart;
    if (window < REPORT_EVERY_NANOS) {
      return;
    }
    if (windowQueued + windowRefused + windowStarted > 0) {
      double seconds = window / 1e9;
      log.accept(
          String.format(
              Locale.ROOT,
              "attempt starts, last %.1f s: %d started (%.1f/s), %d queued, %d refused;"
                  + " rate assumed %.1f/s (capacity %d); all turns busy with others waiting %.1f s;"
                  + " tickets out %.1f s, turns idle meanwhile %.1f turn-s;"
                  + " now queued %d, kept for holders %d, tickets %d",
              seconds,
              windowStarted,
              windowStarted / seconds,
              windowQueued,
              windowRefused,
              rate(),
              capacity(),
              windowBusyNanos / 1e9,
              windowTicketsOutNanos / 1e9,
              windowIdleTurnNanos / 1e9,
              queued,
              reserved,
              tickets.size()));
    }
    windowStart = now;
    windowQueued = 0;
    windowRefused = 0;
    windowStarted = 0;
    windowBusyNanos = 0;
    windowTicketsOutNanos = 0;
    windowIdleTurnNanos = 0;
  }

  /**
   * Turns idle while tickets wait say the rate is too low: the queue could have served the holders
   * it told to wait. Measured only while others wait, a rate learnt in a slow moment (a GC pause, a
   * box taken by something else) would otherwise never rise again: its few places are kept for
   * holders told to come back late, so nobody waits behind the turns and nothing is measured (a
   * queue kept at 0.9 starts a second, its turns idle, while it could serve 30; ops/BENCHMARKS.md
   * §3.ac). The rate doubles for each turn-second so idle, up to what is assumed before any
   * measurement; the next busy sample says what the queue really serves.
   */
  private void raise(long idleTurnNanos) {
    if (idleTurnNanos > 0 && measuredRate > 0 && measuredRate < assumedRate) {
      measuredRate =
          Math.min(
              assumedRate,
              measuredRate * Math.pow(RAISE_PER_IDLE_TURN_SECOND, idleTurnNanos / 1e9));
    }
  }

  private static int clamp(double seconds) {
    return (int) Math.max(MIN_RETRY_AFTER_SECONDS, Math.min(MAX_RETRY_AFTER_SECONDS, seconds));
  }

  // ---- for tests and the log

  synchronized int queued() {
    return queued;
  }

  synchronized int waitingTickets() {
    return tickets.size();
  }
}
