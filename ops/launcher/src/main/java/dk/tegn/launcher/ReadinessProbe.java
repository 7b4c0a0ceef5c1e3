package dk.tegn.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the application answers. Payara Micro prints that it is ready even when the WAR
 * failed to deploy, so only an answer from the application counts.
 */
final class ReadinessProbe {

  /** MicroProfile Health readiness of the WAR: 200 once its checks (database, migrations) pass. */
  static final String READY_PATH = "/health/ready";

  /**
   * Asked only while {@link #READY_PATH} does not exist (404), for a WAR without health checks: any
   * answer below 500 means the application is serving.
   */
  static final String FALLBACK_PATH = "/";

  /**
   * Asked often: the start is timed to this answer, and each poll is one small request (at 500 ms a
   * start waited a quarter of a second for the probe on average).
   */
  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  ReadinessProbe(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Returns once the application is ready; throws a {@link LaunchException} after the timeout. */
  void await(Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long nextProgress = start + PROGRESS_INTERVAL.toNanos();
    String lastAnswer = "no answer";
    boolean fallbackNoted = false;
    while (System.nanoTime() < deadline) {
      int ready = status(READY_PATH);
      if (ready == 200) {
        return;
      }
      if (ready == 404) {
        int root = status(FALLBACK_PATH);
        if (root > 0 && root < 500) {
          if (!fallbackNoted) {
            Console.say(
                "the application has no "
                    + READY_PATH
                    + " yet; "
                    + FALLBACK_PATH
                    + " answered "
                    + root);
          }
          return;
        }
        fallbackNoted = root > 0;
        lastAnswer = FALLBACK_PATH + " answered " + (root > 0 ? root : "nothing");
      } else {
        lastAnswer = READY_PATH + " answered " + (ready > 0 ? ready : "nothing");
      }
      if (System.nanoTime() > nextProgress) {
        Console.say("still waiting for " + base + READY_PATH + " (" + lastAnswer + ")");
        nextProgress += PROGRESS_INTERVAL.toNanos();
      }
      sleep();
    }
    throw new LaunchException(
        "Tegn did not become ready within "
            + timeout.toSeconds()
            + " s ("
            + lastAnswer
            + "); the cause should be in Payara's log above.");
  }

  /** The HTTP status of a GET, or 0 when nothing answers yet. */
  private int status(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("Interrupted while waiting for " + base + path);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("Interrupted while waiting for Tegn to become ready");
    }
  }
}
