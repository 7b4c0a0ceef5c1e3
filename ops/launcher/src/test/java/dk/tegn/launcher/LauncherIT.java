package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a new user meets it: {@code ops/run} on an empty data folder comes
 * up, prints its URL and the demo logins, answers {@code /api/me} as JSON, stops cleanly with its
 * embedded database on SIGTERM, and a second start on the same folder keeps the data and migrates
 * nothing. Runs the built launcher (TEGN_SKIP_BUILD=1), so it needs the {@code package} phase.
 */
class LauncherIT {

  private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
  private static final Duration START_LIMIT = Duration.ofMinutes(5);
  private static final Duration STOP_LIMIT = Duration.ofMinutes(2);
  private static final Duration FIRST_STOP_LIMIT = Duration.ofMinutes(5);
  private static final Pattern DATABASE_PORT =
      Pattern.compile("MariaDB .* on 127\\.0\\.0\\.1:(\\d+)");
  private static final Pattern APPLIED =
      Pattern.compile("schema (\\w+): (\\d+) migration\\(s\\) applied");

  private static final Pattern PHASE =
      Pattern.compile(
          "\\[tegn\\] (MariaDB|Payara Micro booted|Tegn deployed|Tegn is ready"
              + "|class-data archive made)");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startsAnswersStopsAndRestartsOnItsOwnData() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "launcher-it-");
    // a cache of its own: the first start is a new machine's, unpacking MariaDB included
    Path cache = Files.createTempDirectory(Path.of("target"), "launcher-cache-");
    int port = freePort();

    Run first = Run.start(data, port, cache);
    assertTrue(first.saw("demo logins, all with the password \"tegn-demo\""), first.output());
    assertTrue(first.saw("cadet01 to cadet20"), first.output());
    assertTrue(first.saw("Tegn is ready at http://localhost:" + port + "/"), first.output());

    HttpResponse<String> me = get(port, "/api/me", "trainee", "tegn-demo");
    assertEquals(200, me.statusCode());
    assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    // the whole body, not {}: which JSON writer Jersey picked once varied from start to start
    assertTrue(me.body().contains("\"username\":\"trainee\""), me.body());
    assertTrue(me.body().contains("\"role\":\"TRAINEE\""), me.body());
    assertTrue(me.body().contains("\"organisationCode\":\"police-school\""), me.body());
    // written by Tegn's JsonbProvider, which leaves out what is empty (Jackson writes nulls)
    assertFalse(me.body().contains(":null"), me.body());
    // a date, which Jackson without its time module refuses (once answered as a 400)
    HttpResponse<String> courses = get(port, "/api/me/courses", "cadet01", "tegn-demo");
    assertEquals(200, courses.statusCode(), courses.body());
    assertTrue(
        courses.body().matches("(?s).*\"dueOn\":\"\\d{4}-\\d{2}-\\d{2}\".*"), courses.body());

    // a Faces page with PrimeFaces components: the WAR scans only its own jars and PrimeFaces
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode(), login.body());
    assertTrue(login.body().contains("jakarta.faces.ViewState"), login.body());
    assertTrue(login.body().contains("primefaces"), login.body());
    assertTrue(login.body().contains("id=\"login:username\""), login.body());

    HttpResponse<String> refused = get(port, "/api/me", "trainee", "wrong-password");
    assertEquals(401, refused.statusCode());
    assertTrue(refused.body().contains("\"error\""), refused.body());

    assertTrue(first.applied() > 0, "a first start migrates the empty database");
    int databasePort = first.databasePort();
    // the first stop also makes the class-data archive (ops/run), which took 56-140 s on a busy
    // 2-core box (ops/BENCHMARKS.md, start, session 16)
    first.stop(FIRST_STOP_LIMIT);
    assertTrue(first.saw("[tegn] stopped"), first.output());
    assertFalse(listening(databasePort), "the embedded MariaDB stopped with the launcher");
    // what the warm restart starts from: the WAR unpacked into the data folder, and the class-data
    // archive ops/run recorded as the first run stopped
    assertEquals(1, count(data.resolve(UnpackedWar.FOLDER), ""), "one unpacked WAR");
    assertEquals(1, count(cache.resolve("cds"), ".jsa"), "one class-data archive");

    Run second = Run.start(data, port, cache);
    // the same build on the same schema history: Flyway is not even run (SchemaStamp)
    assertTrue(second.saw("Flyway not run"), "the schema stamp went unused:\n" + second.output());
    assertEquals(200, get(port, "/api/me", "cadet07", "tegn-demo").statusCode());
    second.stop(STOP_LIMIT);
    // (a new folder on a machine whose cache holds MariaDB already: BinaryCacheTest)
    System.out.printf(
        "LauncherIT: cold start (empty folder, new machine) %.1f s; warm restart %.1f s;"
            + " load average %s%n",
        first.readySeconds(), second.readySeconds(), loadAverage());
    for (Run run : List.of(first, second)) {
      System.out.println("LauncherIT: where the start went: " + run.phases());
    }
  }

  private static long count(Path dir, String suffix) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private HttpResponse<String> get(int port, String path, String user, String password)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean listening(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }

  /**
   * One ops/run process and everything it printed, kept in a file: a pipe read by a thread while
   * the process exits can end in "Stream closed" and lose the last lines (seen with the JDK 17).
   */
  private record Run(Process process, Path log, long startedAt, long[] readyAt) {

    static Run start(Path data, int port, Path cache) throws Exception {
      Path log = Files.createTempFile(data.getParent(), "ops-run-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(REPO.resolve("ops/run").toString())
              .directory(REPO.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("TEGN_SKIP_BUILD", "1");
      builder.environment().put("TEGN_HTTP_PORT", Integer.toString(port));
      builder.environment().put("TEGN_DATA_DIR", data.toAbsolutePath().toString());
      builder.environment().put("TEGN_CACHE_DIR", cache.toAbsolutePath().toString());
      builder.environment().remove("TEGN_DB_URL");
      Run run = new Run(builder.start(), log, System.nanoTime(), new long[1]);
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (!run.saw("Tegn is ready at")) {
        if (!run.process.isAlive() || System.nanoTime() > deadline) {
          run.kill();
          throw new AssertionError("ops/run did not become ready:\n" + run.output());
        }
        Thread.sleep(100);
      }
      run.readyAt[0] = System.nanoTime();
      return run;
    }

    /** From starting ops/run to its "ready" line, as a user waits for it. */
    double readySeconds() {
      return (readyAt[0] - startedAt) / 1e9;
    }

    /** The launcher's own timing lines. */
    String phases() {
      return String.join(
          " | ",
          lines().stream()
              .filter(l -> PHASE.matcher(l).find())
              .map(l -> l.replaceFirst("^.*?\\[tegn\\] ", ""))
              .toList());
    }

    void stop(Duration limit) throws InterruptedException {
      process.destroy(); // SIGTERM, what Ctrl-C and a container stop send
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
        throw new AssertionError("ops/run did not stop on SIGTERM:\n" + output());
      }
    }

    /** ops/run and what it started: a class-data dump left running took a core for minutes. */
    void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }

    boolean saw(String text) {
      return lines().stream().anyMatch(line -> line.contains(text));
    }

    List<String> lines() {
      try {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int databasePort() {
      for (String line : lines()) {
        Matcher port = DATABASE_PORT.matcher(line);
        if (port.find()) {
          return Integer.parseInt(port.group(1));
        }
      }
      throw new AssertionError("no MariaDB port printed:\n" + output());
    }

    /** Migrations applied over every module's schema history at this start. */
    int applied() {
      int applied = 0;
      int schemas = 0;
      for (String line : lines()) {
        Matcher count = APPLIED.matcher(line);
        if (count.find()) {
          applied += Integer.parseInt(count.group(2));
          schemas++;
        }
      }
      assertTrue(schemas > 0, "no migration summary printed:\n" + output());
      return applied;
    }

    String output() {
      return String.join("\n", lines());
    }
  }
}
