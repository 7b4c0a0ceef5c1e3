package dk.tegn.courses.xapi.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Learning Record Store in its own process for tests: {@code courses/src/test/lrs/lrs.js} on
 * Node.js, which validates every statement with Learning Locker's xAPI validation library
 * (installed with {@code npm ci} from the committed lock file the first time) and keeps what it
 * stores in a file, so that {@link #stop} and {@link #start} again lose nothing, like a real LRS.
 */
public final class TestLrs implements AutoCloseable {

  public static final String KEY = "tegn-test";
  public static final String SECRET = "s3cret-" + Long.toHexString(System.nanoTime());

  private final Path dir;
  private final Path data;
  private final int port;
  private Process process;

  private TestLrs(Path dir, int port) {
    this.dir = dir;
    this.port = port;
    this.data = dir.resolve("store-" + port + ".json");
  }

  /** Installs the LRS (once) and starts it on a free port with an empty store. */
  public static TestLrs started() {
    Path dir = install();
    try (ServerSocket free = new ServerSocket(0)) {
      TestLrs lrs = new TestLrs(dir, free.getLocalPort());
      Files.deleteIfExists(lrs.data);
      lrs.start();
      return lrs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The xAPI base address to configure in Tegn. */
  public String endpoint() {
    return "http://127.0.0.1:" + port + "/xapi/";
  }

  public synchronized void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      process =
          new ProcessBuilder(
                  "node", "lrs.js", String.valueOf(port), data.toString(), KEY + ":" + SECRET)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("lrs.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("node could not start the test LRS", e);
    }
    Instant until = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(until)) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        pause(100);
      }
    }
    throw new IllegalStateException("the test LRS did not start; see " + dir.resolve("lrs.log"));
  }

  /** Stops the LRS process; what it stored stays in its file. */
  public synchronized void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /** Everything stored, oldest first. */
  public List<JsonObject> statements() {
    return everything().getJsonArray("statements").getValuesAs(JsonObject.class);
  }

  /** How often each statement id reached the LRS (a resend counts, a duplicate is not stored). */
  public JsonObject received() {
    return everything().getJsonObject("received");
  }

  /** Sends a batch as Tegn would; the answer's status (200 stored, 400 invalid). */
  public int post(String batch) {
    return send(HttpRequest.newBuilder(URI.create(endpoint() + "statements"))
            .POST(HttpRequest.BodyPublishers.ofString(batch)))
        .statusCode();
  }

  /** The body of the LRS's last answer to a batch, with the validator's findings. */
  public String postForAnswer(String batch) {
    return send(HttpRequest.newBuilder(URI.create(endpoint() + "statements"))
            .POST(HttpRequest.BodyPublishers.ofString(batch)))
        .body();
  }

  private JsonObject everything() {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(endpoint() + "statements")).GET());
    try (var reader = JSON.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    String basic =
        Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient()
          .send(
              request
                  .header("Authorization", "Basic " + basic)
                  .header("X-Experience-API-Version", "1.0.3")
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Copies the LRS next to the build output and installs its one dependency from the lock file. */
  private static synchronized Path install() {
    Path source = repositoryRoot().resolve("courses/src/test/lrs");
    Path dir = repositoryRoot().resolve("courses/target/test-lrs");
    try {
      Files.createDirectories(dir);
      for (String file : List.of("package.json", "package-lock.json", "lrs.js")) {
        Files.copy(source.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.isDirectory(dir.resolve("node_modules/@learninglocker/xapi-validation"))) {
        Process npm =
            new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("npm.log").toFile())
                .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
          throw new IllegalStateException(
              "npm ci failed for the test LRS; see " + dir.resolve("npm.log"));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isDirectory(here.resolve("courses/src/test/lrs"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("no Tegn repository above " + Path.of("").toAbsolutePath());
    }
    return here;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
