package dk.tegn.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Trainees who start the exam the browser's way, beside the API trainees of {@link ExamSimulation}
 * (issue 18 §2: the quiz page queues its start like the API instead of holding an HTTP worker, and
 * the API trainees' saves go on unaffected). Each signs in on the Faces sign-in form, opens the quiz
 * page at the signal and presses "Start" with the page's view state; when the page answers that it
 * waits for a place, it presses again after the page's Retry-After, as countdown.js does, until the
 * page shows the attempt's time.
 *
 * <p>Properties: {@code pageStarters} (0: none), {@code pageFirstUser} (95001: trainees
 * load-095001 and on, apart from the API trainees and the warm-up's).
 */
final class PageStarters {

  static final int USERS = Integer.getInteger("pageStarters", 0);
  static final int FIRST = Integer.getInteger("pageFirstUser", 95_001);

  /** Most presses of "Start" before the trainee counts as not started. */
  private static final int PRESSES = 60;

  /** The seconds Tegn's API gives as Retry-After for a busy sign-in (SignInBusyException). */
  private static final int SIGN_IN_RETRY_SECONDS = 5;

  private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

  private PageStarters() {}

  static final HttpProtocolBuilder PROTOCOL =
      http.baseUrl(ExamSimulation.BASE.replaceAll("/$", ""))
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptLanguageHeader("en")
          .userAgentHeader("tegn-load/exam-page");

  private static final Iterator<Map<String, Object>> TRAINEES = ExamSimulation.trainees(FIRST);

  /** The page starters, signing in over the same ramp and starting at the same signal. */
  static PopulationBuilder population(int rampSeconds, LongSupplier startDelayMillis) {
    return scenario("exam through the quiz page")
        .feed(TRAINEES)
        .exec(s -> s.set("signedIn", false).set("tries", 0))
        .asLongAs(s -> !s.getBoolean("signedIn") && s.getInt("tries") < PRESSES)
        .on(signIn())
        .exitHereIf(s -> !s.getBoolean("signedIn"))
        // the quiz page opened before the signal, as the hall does: showing "Start" prepares the
        // attempt (issue 18 §2), so the press at the signal only stamps it
        .exec(
            page(
                "5 page: quiz page",
                http("quiz page")
                    .get("/assessments/take/quiz.xhtml?id=" + ExamSimulation.quizId)
                    .check(viewState(), substring("attempt:start").exists())))
        .exitHereIf(s -> !s.getBoolean("ok"))
        .pause(s -> Duration.ofMillis(startDelayMillis.getAsLong()))
        .exec(s -> s.set("waiting", true).set("presses", 0).set("firstPress", now()))
        .asLongAs(s -> s.getBoolean("waiting") && s.getInt("presses") < PRESSES)
        .on(pressStart())
        .exec(
            s -> {
              if (!s.getBoolean("waiting")) {
                ExamSimulation.TIMINGS.record(
                    "5 page: first press to started", now() - s.getLong("firstPress"), 200, true);
              }
              return s;
            })
        .injectOpen(rampUsers(USERS).during(Duration.ofSeconds(rampSeconds)))
        .protocols(PROTOCOL);
  }

  /**
   * The sign-in form filled in and sent; when the page says many people are signing in (the
   * password was not checked), the trainee waits the seconds Tegn's API gives as Retry-After and
   * signs in again, as a person would.
   */
  private static ChainBuilder signIn() {
    return exec(s -> s.set("tries", s.getInt("tries") + 1))
        .exec(
            page(
                "5 page: sign-in form",
                http("sign-in form").get("/login.xhtml").check(viewState())))
        .exec(s -> s.remove("status").remove("rt").remove("signedInPage"))
        .exec(
            http("sign in")
                .post("/login.xhtml")
                .formParam("login", "login")
                .formParam("login:username", "#{username}")
                .formParam("login:password", ExamSimulation.PASSWORD)
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(
                    responseTimeInMillis().saveAs("rt"),
                    status().saveAs("status"),
                    substring("account:logout").exists().saveAs("signedInPage")))
        .exec(
            s -> {
              boolean signedIn = s.contains("signedInPage");
              recorded(
                  signedIn
                      ? "5 page: sign in (form, password check)"
                      : "5 page: sign in not checked (busy), signed in again",
                  s);
              return s.markAsSucceeded().set("signedIn", signedIn);
            })
        .doIf(s -> !s.getBoolean("signedIn"))
        .then(pause(Duration.ofSeconds(SIGN_IN_RETRY_SECONDS)));
  }

  /**
   * One press of "Start": the page answers with the attempt's time, or with "waiting for a place"
   * and the seconds after which the page presses again by itself; the two are timed apart.
   */
  private static ChainBuilder pressStart() {
    return exec(s -> s.set("presses", s.getInt("presses") + 1).remove("retryAfter"))
        .exec(s -> s.remove("status").remove("rt"))
        .exec(
            http("press start")
                .post("/assessments/take/quiz.xhtml?id=" + ExamSimulation.quizId)
                .formParam("attempt", "attempt")
                .formParam("attempt:start", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(
                    responseTimeInMillis().saveAs("rt"),
                    status().saveAs("status"),
                    css("#start-waiting", "data-retry-after").optional().saveAs("retryAfter"),
                    css(VIEW_STATE, "value").optional().saveAs("viewState")))
        .exec(
            s ->
                recorded(
                    s.contains("retryAfter")
                        ? "5 page: press start, waiting for a place (pressed again)"
                        : "5 page: press start, started",
                    s))
        .exec(s -> s.set("waiting", s.getBoolean("ok") && s.contains("retryAfter")))
        .doIf(s -> s.getBoolean("waiting"))
        .then(
            pause(
                s ->
                    Duration.ofMillis(
                        Long.parseLong(s.getString("retryAfter")) * 1000L
                            + ThreadLocalRandom.current().nextLong(500))));
  }

  private static io.gatling.javaapi.core.CheckBuilder.Final viewState() {
    return css(VIEW_STATE, "value").saveAs("viewState");
  }

  /** Runs a page request and records its time under {@code kind}; sets "ok". */
  private static ChainBuilder page(String kind, HttpRequestActionBuilder request) {
    return exec(s -> s.remove("status").remove("rt"))
        .exec(request.check(responseTimeInMillis().saveAs("rt"), status().saveAs("status")))
        .exec(s -> recorded(kind, s));
  }

  private static Session recorded(String kind, Session s) {
    int status = s.contains("status") ? s.getInt("status") : -1;
    boolean ok = !s.isFailed() && status == 200;
    ExamSimulation.TIMINGS.record(kind, s.contains("rt") ? s.getLong("rt") : 0, status, ok);
    return s.markAsSucceeded().set("ok", ok);
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
