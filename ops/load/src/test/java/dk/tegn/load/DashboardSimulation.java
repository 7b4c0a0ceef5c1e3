package dk.tegn.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario <em>dashboard</em>: times the coordinator dashboard page and {@code GET
 * /api/coordination/completion} over the generated data, for the whole country (the national
 * coordinator, no filter) and for one organisation (the national coordinator asking for it, and
 * that organisation's own coordinator). Each of {@code coordinators} virtual users runs the set
 * {@code iterations} times, one request after the other, so the times are those of a coordinator
 * opening the page while {@code coordinators - 1} others do the same.
 *
 * <p>Properties: {@code tegn.url}, {@code tegn.db.url} (to find the organisation's id), {@code
 * iterations} (20), {@code coordinators} (1), {@code national} (coordinator), {@code
 * organisation} (load-org-0001; its coordinator is load-coord-0001), {@code password}.
 */
public class DashboardSimulation extends Simulation {

  static final String BASE = System.getProperty("tegn.url", "http://localhost:8080/");
  static final int ITERATIONS = Integer.getInteger("iterations", 20);
  static final int COORDINATORS = Integer.getInteger("coordinators", 1);
  static final String NATIONAL = System.getProperty("national", "coordinator");
  static final String ORGANISATION = System.getProperty("organisation", "load-org-0001");
  static final String PASSWORD = System.getProperty("password", "tegn-demo");
  static final Timings TIMINGS = new Timings();
  static final long ORGANISATION_ID;
  static final String ORGANISATION_COORDINATOR;
  static final long ENROLMENTS;
  static final long ORGANISATION_ENROLMENTS;
  static ServerProbe probe;

  static {
    try (Db db = Db.fromProperties()) {
      Object id = db.value("SELECT id FROM plt_organisation WHERE code = ?", ORGANISATION);
      if (id == null) {
        throw new IllegalStateException(
            "no organisation " + ORGANISATION + ": run ops/load/generate first");
      }
      ORGANISATION_ID = ((Number) id).longValue();
      ORGANISATION_COORDINATOR =
          "load-coord-" + ORGANISATION.substring(ORGANISATION.lastIndexOf('-') + 1);
      ENROLMENTS = db.count("SELECT COUNT(*) FROM crs_enrolment WHERE active = TRUE");
      ORGANISATION_ENROLMENTS =
          db.count(
              "SELECT COUNT(*) FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id"
                  + " WHERE e.active = TRUE AND a.organisation_id = ?",
              ORGANISATION_ID);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the database", e);
    }
  }

  final HttpProtocolBuilder protocol =
      http.baseUrl(BASE.replaceAll("/$", ""))
          .acceptLanguageHeader("en")
          .userAgentHeader("tegn-load/dashboard");

  static ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
    return exec(s -> s.remove("status").remove("rt"))
        .exec(
            request.check(
                responseTimeInMillis().saveAs("rt"),
                status().saveAs("status"),
                status().is(200)))
        .exec(s -> record(kind, s));
  }

  static Session record(String kind, Session s) {
    int status = s.contains("status") ? s.getInt("status") : -1;
    TIMINGS.record(
        kind, s.contains("rt") ? s.getLong("rt") : 0, status, !s.isFailed() && status == 200);
    return s.markAsSucceeded();
  }

  static ChainBuilder signIn(String user) {
    return exec(http("sign in " + user).get("/api/me").basicAuth(user, PASSWORD));
  }

  final ScenarioBuilder national =
      scenario("national coordinator")
          .exec(signIn(NATIONAL))
          // the first page of a fresh session compiles nothing, but the first query warms caches
          .exec(http("warm-up").get("/api/coordination/completion"))
          .repeat(ITERATIONS)
          .on(
              timed(
                      "country: completion API",
                      http("country: completion API")
                          .get("/api/coordination/completion")
                          .header("Accept", "application/json"))
                  .exec(
                      timed(
                          "country: dashboard page",
                          http("country: dashboard page")
                              .get("/coordination/dashboard.xhtml")
                              .check(substring("</html>"))))
                  .exec(
                      timed(
                          "org (national asks): API",
                          http("organisation: completion API (national)")
                              .get("/api/coordination/completion?organisation=" + ORGANISATION_ID)
                              .header("Accept", "application/json"))));

  final ScenarioBuilder organisation =
      scenario("organisation coordinator")
          .exec(signIn(ORGANISATION_COORDINATOR))
          .repeat(ITERATIONS)
          .on(
              timed(
                      "org (own coordinator): API",
                      http("organisation: completion API (own coordinator)")
                          .get("/api/coordination/completion")
                          .header("Accept", "application/json"))
                  .exec(
                      timed(
                          "org (own coordinator): page",
                          http("organisation: dashboard page")
                              .get("/coordination/dashboard.xhtml")
                              .check(substring("</html>")))));

  {
    // one after the other: the organisation's times are not inflated by the country's queries
    setUp(
            national
                .injectClosed(constantConcurrentUsers(COORDINATORS).during(Duration.ofSeconds(1)))
                .andThen(
                    organisation.injectClosed(
                        constantConcurrentUsers(COORDINATORS).during(Duration.ofSeconds(1)))))
        .protocols(protocol)
        .maxDuration(Duration.ofMinutes(30));
  }

  @Override
  public void before() {
    Generate.say(
        "dashboard: %d active enrolments in the country, %d in %s (id %d); %d iteration(s) x %d"
            + " coordinator(s)",
        ENROLMENTS,
        ORGANISATION_ENROLMENTS,
        ORGANISATION,
        ORGANISATION_ID,
        ITERATIONS,
        COORDINATORS);
    probe = ServerProbe.forPort(URI.create(BASE).getPort());
    if (probe != null) {
      probe.start();
    }
  }

  @Override
  public void after() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "==== dashboard: "
            + ENROLMENTS
            + " enrolments; organisation "
            + ORGANISATION
            + " with "
            + ORGANISATION_ENROLMENTS
            + " ====");
    lines.addAll(TIMINGS.summary());
    if (probe != null) {
      lines.addAll(probe.stop());
    }
    lines.add(
        String.format(
            "targets: country p95 < 500 ms (API %d, page %d); one organisation < 200 ms (API %d /"
                + " %d, page %d)",
            Timings.percentile(TIMINGS.sortedTimes("country: completion API"), 95),
            Timings.percentile(TIMINGS.sortedTimes("country: dashboard page"), 95),
            Timings.percentile(TIMINGS.sortedTimes("org (national asks): API"), 95),
            Timings.percentile(TIMINGS.sortedTimes("org (own coordinator): API"), 95),
            Timings.percentile(TIMINGS.sortedTimes("org (own coordinator): page"), 95)));
    lines.forEach(l -> Generate.say("%s", l));
  }
}
