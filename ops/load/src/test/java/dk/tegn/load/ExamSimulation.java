package dk.tegn.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario <em>exam</em>: N trainees sign in within a ramp (HTTP Basic once, then the session
 * cookie, as a browser would), start the same 20-question quiz, save each answer after a short
 * think time, and submit. At the end it checks in the database that every answer acknowledged
 * with a 2xx is stored, and prints per-request-kind figures and the server's CPU and heap.
 *
 * <p>Properties: {@code tegn.url} (http://localhost:8080/), {@code tegn.db.url} (for the check;
 * required), {@code users} (1000), {@code rampSeconds} (60: sign-ins spread over it), {@code
 * startAfterSeconds} (ramp + 10: the signal to start the quiz; 0 = each right after signing in),
 * {@code startSpreadSeconds} (10: each trainee presses start at a random moment that long after
 * the signal; 0 = all in the same instant), {@code
 * thinkMinMs} / {@code thinkMaxMs} (2000 / 5000), {@code firstUser} (1: trainees load-000001 and
 * on), {@code giveUpSeconds} (300: how long a refused start or save is pressed again before it
 * counts as failed), {@code password} (tegn-demo), {@code pageStarters} (0: trainees who start
 * through the quiz page instead, {@link PageStarters}), {@code signInOnly} (false: true makes it a
 * sign-in storm, {@link #SIGN_IN_ONLY}).
 */
public class ExamSimulation extends Simulation {

  static final String BASE = System.getProperty("tegn.url", "http://localhost:8080/");
  static final int USERS = Integer.getInteger("users", 1000);
  static final int RAMP = Integer.getInteger("rampSeconds", 60);
  static final int THINK_MIN = Integer.getInteger("thinkMinMs", 2000);
  static final int THINK_MAX = Integer.getInteger("thinkMaxMs", 5000);
  static final int FIRST = Integer.getInteger("firstUser", 1);
  static final String PASSWORD = System.getProperty("password", "tegn-demo");
  /**
   * A sign-in storm (issue 18 §2): the trainees only sign in over the ramp and come back once with
   * their session cookie; no quiz.
   */
  static final boolean SIGN_IN_ONLY = Boolean.getBoolean("signInOnly");

  /**
   * Seconds after the first sign-in when every trainee starts the quiz together, as in an exam
   * hall where people sign in as they arrive and begin on a signal. Default: the ramp plus 10 s;
   * 0 starts each trainee's quiz right after their own sign-in.
   */
  static final int START_AFTER = Integer.getInteger("startAfterSeconds", RAMP + 10);
  /**
   * Seconds over which the trainees press start after the signal, each at a random moment: a hall
   * of a thousand does not click within the same millisecond. 0 makes them all start at once.
   */
  static final int START_SPREAD = Integer.getInteger("startSpreadSeconds", 10);

  static final int SLOTS = 20;

  /**
   * Whether each trainee prepares their attempt right after signing in ({@code PUT
   * .../attempts/prepared}, issue 18 §2), so the start at the signal only stamps it. Default true;
   * {@code --prepare false} measures the start that draws.
   */
  static final boolean PREPARE = !"false".equals(System.getProperty("prepare"));

  static final Timings TIMINGS = new Timings();
  static final ConcurrentLinkedQueue<VerifyAnswers.Ack> ACKS = new ConcurrentLinkedQueue<>();
  static final AtomicInteger SUBMITTED = new AtomicInteger();
  static long quizId;
  static volatile long examStartMillis;
  static ServerProbe probe;

  static {
    try {
      quizId = Generate.importExamBank(BASE, "trainer", PASSWORD);
    } catch (Exception e) {
      throw new IllegalStateException("cannot import the exam bank at " + BASE, e);
    }
  }

  final Iterator<Map<String, Object>> trainees = trainees(FIRST);

  /** The generated trainees load-NNNNNN from {@code first} on, one per virtual user. */
  static Iterator<Map<String, Object>> trainees(int first) {
    return new Iterator<>() {
      final AtomicInteger next = new AtomicInteger(first);

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, Object> next() {
        return Map.of("username", String.format("load-%06d", next.getAndIncrement()));
      }
    };
  }

  final HttpProtocolBuilder protocol =
      http.baseUrl(BASE.replaceAll("/$", ""))
          .acceptHeader("application/json")
          .acceptLanguageHeader("en")
          .contentTypeHeader("application/json")
          .userAgentHeader("tegn-load/exam");

  /** Runs a request and records its time and outcome under {@code kind}. */
  static ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
    return exec(s -> s.remove("status").remove("rt").remove("retryAfter"))
        .exec(
            request.check(
                responseTimeInMillis().saveAs("rt"),
                status().saveAs("status"),
                header("Retry-After").optional().saveAs("retryAfter"),
                status().in(200, 201, 204)))
        .exec(s -> record(kind, s));
  }

  static Session record(String kind, Session s) {
    boolean ok = !s.isFailed() && s.contains("status");
    int status = s.contains("status") ? s.getInt("status") : -1;
    long rt = s.contains("rt") ? s.getLong("rt") : 0;
    if (status == 503) {
      // shed by Tegn (busy, Retry-After): counted apart, and the trainee tries again
      TIMINGS.record(kind + " - refused busy (503), retried", rt, status, true);
      return s.markAsSucceeded().set("ok", false).set("busy", true);
    }
    TIMINGS.record(kind, rt, status, ok && status >= 200 && status < 300);
    return s.markAsSucceeded().set("ok", ok).set("busy", false);
  }

  /** How long a trainee who has signed in waits before pressing start: the signal, then a moment. */
  static long startDelayMillis() {
    return Math.max(0, examStartMillis - System.currentTimeMillis())
        + (START_AFTER == 0 || START_SPREAD == 0
            ? 0
            : ThreadLocalRandom.current().nextLong(START_SPREAD * 1000L));
  }

  /**
   * How long a trainee keeps pressing again after 503s before the request counts as failed: by
   * time, not by presses, since Tegn's Retry-After says how long each wait is (a hall waits its
   * turn for minutes rather than giving up after a count of quick retries).
   */
  static final long GIVE_UP_MILLIS = Long.getLong("giveUpSeconds", 300) * 1000;

  /**
   * {@link #timed} again after each 503 (Tegn shed it: nothing was done), waiting the Retry-After
   * plus up to a tenth more at random (as the quiz page does, so a refused crowd does not come back
   * in the same instant); the last answer decides. Records, apart from each request's own time, the
   * time from the first press to the answer that ended the waiting ({@code kind - first press to
   * done}), and a trainee still refused after {@link #GIVE_UP_MILLIS} as an error ({@code kind -
   * gave up}).
   */
  static ChainBuilder retriedWhenBusy(String kind, HttpRequestActionBuilder request) {
    return exec(s -> s.set("busy", true).set("firstPress", System.currentTimeMillis()))
        .asLongAs(
            s ->
                s.getBoolean("busy")
                    && System.currentTimeMillis() - s.getLong("firstPress") < GIVE_UP_MILLIS)
        .on(
            exec(timed(kind, request))
                .doIf(s -> s.getBoolean("busy"))
                .then(pause(ExamSimulation::retryAfter)))
        .exec(
            s -> {
              long waited = System.currentTimeMillis() - s.getLong("firstPress");
              if (s.getBoolean("busy")) {
                TIMINGS.record(kind + " - gave up", waited, 503, false);
              } else if (s.getBoolean("ok")) {
                TIMINGS.record(kind + " - first press to done", waited, 200, true);
              }
              return s;
            });
  }

  /** The refusal's Retry-After (2 s when absent or unreadable) plus up to 10 % at random. */
  static Duration retryAfter(Session s) {
    long seconds = 2;
    if (s.contains("retryAfter")) {
      try {
        seconds = Math.max(0, Long.parseLong(s.getString("retryAfter").trim()));
      } catch (NumberFormatException e) {
        // an HTTP date or garbage: the default
      }
    }
    long millis = seconds * 1000;
    return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 10 + 1));
  }

  final ScenarioBuilder exam =
      scenario("exam")
          .feed(trainees)
          .exec(
              retriedWhenBusy(
                  "1 sign in (Basic)",
                  http("sign in (Basic, password check)").get("/api/me").basicAuth("#{username}", PASSWORD)))
          .exitHereIf(s -> !s.getBoolean("ok"))
          .doIf(s -> SIGN_IN_ONLY)
          .then(
              // the session cookie alone, a minute later (a trainee reading the exam's rules): a
              // signed-in trainee pays no second password check during the window
              pause(Duration.ofSeconds(60))
                  .exec(
                      timed(
                          "1b signed in: next request, cookie only",
                          http("me (session)").get("/api/me"))))
          .exitHereIf(s -> SIGN_IN_ONLY || !s.getBoolean("ok"))
          .doIf(s -> PREPARE)
          .then(
              // the trainee opens the quiz before the signal: the attempt is drawn now
              exec(
                  timed(
                      "1c prepare",
                      http("prepare attempt")
                          .put("/api/quizzes/" + quizId + "/attempts/prepared"))))
          .pause(s -> Duration.ofMillis(startDelayMillis()))
          .exec(
              retriedWhenBusy(
                  "2 start attempt",
                  http("start attempt")
                      .post("/api/quizzes/" + quizId + "/attempts")
                      .check(jsonPath("$.id").ofLong().saveAs("attemptId"))))
          .exitHereIf(s -> !s.getBoolean("ok"))
          // the start answers with the stamp only: the questions come with the attempt, as a
          // client shows them (ops/BENCHMARKS.md §3.aa)
          .exec(
              timed(
                  "2b read the attempt (questions)",
                  http("read attempt").get("/api/attempts/#{attemptId}")))
          .repeat(SLOTS, "i")
          .on(
              pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
                  .exec(
                      s ->
                          s.set("slot", s.getInt("i") + 1)
                              .set("key", String.valueOf(ThreadLocalRandom.current().nextInt(1, 5))))
                  .exec(
                      retriedWhenBusy(
                          "3 save answer",
                          http("save answer")
                              .put("/api/attempts/#{attemptId}/answers/#{slot}")
                              .body(StringBody("{\"keys\":[\"#{key}\"]}"))))
                  .exec(
                      s -> {
                        if (s.getBoolean("ok")) {
                          ACKS.add(
                              new VerifyAnswers.Ack(
                                  s.getLong("attemptId"), s.getInt("slot"), s.getString("key")));
                        }
                        return s;
                      }))
          .pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
          .exec(
              retriedWhenBusy(
                  "4 submit",
                  http("submit").post("/api/attempts/#{attemptId}/submit")))
          .exec(
              s -> {
                if (s.getBoolean("ok")) {
                  SUBMITTED.incrementAndGet();
                }
                return s;
              });

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(
        exam.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))).protocols(protocol));
    if (PageStarters.USERS > 0) {
      populations.add(PageStarters.population(RAMP, ExamSimulation::startDelayMillis));
    }
    setUp(populations)
        // bounded: a stuck server cannot keep the test running
        .maxDuration(
            Duration.ofSeconds(
                Math.max(RAMP, START_AFTER)
                    + START_SPREAD
                    + GIVE_UP_MILLIS / 1000
                    + (THINK_MAX / 1000 + 1L) * (SLOTS + 1)
                    + 600));
  }

  @Override
  public void before() {
    Generate.say(
        "exam: %d trainees from load-%06d sign in over %d s, start at %d s (spread over %d s),"
            + " think %d-%d ms, quiz %d at %s",
        USERS, FIRST, RAMP, START_AFTER, START_SPREAD, THINK_MIN, THINK_MAX, quizId, BASE);
    examStartMillis = START_AFTER == 0 ? 0 : System.currentTimeMillis() + START_AFTER * 1000L;
    probe = ServerProbe.forPort(URI.create(BASE).getPort());
    if (probe != null) {
      probe.start();
    }
  }

  @Override
  public void after() {
    List<String> lines = new ArrayList<>();
    lines.add("==== exam: " + USERS + " trainees, quiz " + quizId + " ====");
    lines.addAll(TIMINGS.summary());
    lines.add("attempts submitted: " + SUBMITTED.get() + " of " + USERS);
    if (probe != null) {
      lines.addAll(probe.stop());
    } else {
      lines.add("server CPU/heap: no local server process found for " + BASE);
    }
    List<VerifyAnswers.Ack> acks = new ArrayList<>(ACKS);
    try {
      VerifyAnswers.write(Path.of("target/exam-acks.csv"), acks);
      try (Db db = Db.fromProperties()) {
        lines.addAll(VerifyAnswers.check(db, acks).lines());
      }
    } catch (Exception e) {
      lines.add("the answer check could not run: " + e);
    }
    long[] signIns = TIMINGS.sortedTimes("1 sign in (Basic)");
    lines.add(
        String.format(
            "sign-in: p99 %d ms (target < 2 s), %d signed in of %d",
            Timings.percentile(signIns, 99), signIns.length, USERS));
    long[] saves = TIMINGS.sortedTimes("3 save answer");
    lines.add(
        String.format(
            "targets: errors 0 (%d), lost answers 0 (see above), save p95 < 100 ms (%d), p99 < 300"
                + " ms (%d)",
            TIMINGS.errors(), Timings.percentile(saves, 95), Timings.percentile(saves, 99)));
    lines.forEach(l -> Generate.say("%s", l));
  }
}
