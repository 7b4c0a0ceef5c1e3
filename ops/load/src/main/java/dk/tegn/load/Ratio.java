package dk.tegn.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ratio benchmark ({@code ops/load/ratio}, README section 4): Tegn's answer save and quiz page
 * against the reference application deployed beside it (ops/load/reference: a plain JDBC upsert
 * and a PrimeFaces page of the same size), back to back in one run at the same concurrency, so the
 * ratio holds on a busy machine where absolute figures do not.
 *
 * <p>Closed model: C workers, each a signed-in trainee with an open attempt of the load quiz and its
 * own HTTP client (cookies, connections), send their next request as soon as the last is answered.
 * Per concurrency and repetition it runs four phases of {@code seconds} each (Tegn save, reference
 * save, Tegn page, reference page; Tegn first in odd repetitions, the reference first in even
 * ones) and prints throughput, p50/p99, errors, refusals (503) and CPU per request of the server
 * (its JVM and MariaDB), then per concurrency the median and range of each over the repetitions
 * and of the ratio Tegn/reference of each back-to-back pair.
 *
 * <p>Properties: {@code tegn.url}, {@code tegn.db.url} (for the quiz id), {@code concurrency}
 * (16,64), {@code repetitions} (3), {@code seconds} (15), {@code warmupSeconds} (20), {@code
 * firstUser} (99901: trainees load-099901 and on, apart from the exam's), {@code password}, {@code
 * phases} (save,page: which pairs run).
 */
public final class Ratio {

  static final String BASE = System.getProperty("tegn.url", "http://localhost:8080/");
  static final String REF = BASE + "ratio-ref/";
  static final int[] CONCURRENCY =
      Arrays.stream(System.getProperty("concurrency", "16,64").split(","))
          .mapToInt(s -> Integer.parseInt(s.strip()))
          .toArray();
  static final int REPETITIONS = Integer.getInteger("repetitions", 3);
  static final int SECONDS = Integer.getInteger("seconds", 15);
  static final int WARMUP = Integer.getInteger("warmupSeconds", 20);
  /**
   * After the fixed warm-up, each kind of request goes on in windows of {@code warmupWindowSeconds}
   * until two windows in a row agree on throughput within {@code warmupAgreePercent} and the JIT
   * compiler used under {@code warmupJitPercent} of the server's CPU in the last, or until {@code
   * warmupMaxSeconds} in all; 0 there keeps the fixed warm-up alone (the tool before session 14).
   */
  static final int WARMUP_MAX = Integer.getInteger("warmupMaxSeconds", 180);
  static final int WARMUP_WINDOW = Integer.getInteger("warmupWindowSeconds", 10);
  static final double WARMUP_AGREE =
      Double.parseDouble(System.getProperty("warmupAgreePercent", "10"));
  static final double WARMUP_JIT = Double.parseDouble(System.getProperty("warmupJitPercent", "10"));
  static final int FIRST = Integer.getInteger("firstUser", 99_901);
  static final String PASSWORD = System.getProperty("password", "tegn-demo");
  /** Which pairs run: "save", "page" or both (a step on one path need not wait for the other). */
  static final List<String> PHASES =
      Arrays.stream(System.getProperty("phases", "save,page").split(","))
          .map(String::strip)
          .toList();
  static final int SLOTS = 20;
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** One signed-in trainee: its client (session cookie) and open attempt. */
  record Worker(HttpClient client, long attemptId) {}

  /** What one phase measured. */
  record Phase(
      String name,
      int concurrency,
      long ok,
      long errors,
      long refused,
      double seconds,
      long[] sortedMillis,
      double serverCpu,
      double jitCpu,
      double clientCpu) {

    double throughput() {
      return ok / seconds;
    }

    long p(double q) {
      return Timings.percentile(sortedMillis, q);
    }

    double cpuMsPerRequest() {
      return ok == 0 ? 0 : serverCpu * 1000 / ok;
    }

    /** The JIT compiler's share of the server's CPU in this phase, in percent. */
    double jitPercent() {
      return serverCpu <= 0 ? 0 : Math.max(0, jitCpu) * 100 / serverCpu;
    }
  }

  private final ServerProbe probe;
  private final long quizId;
  private final List<Worker> workers = new ArrayList<>();
  private int refQuestions;

  private Ratio(ServerProbe probe, long quizId) {
    this.probe = probe;
    this.quizId = quizId;
  }

  public static void main(String[] args) throws Exception {
    long quizId = Generate.importExamBank(BASE, "trainer", PASSWORD);
    ServerProbe probe = ServerProbe.forPort(URI.create(BASE).getPort());
    if (probe == null) {
      throw new IllegalStateException("no local server process listens for " + BASE);
    }
    new Ratio(probe, quizId).run();
  }

  private void run() throws Exception {
    int most = Arrays.stream(CONCURRENCY).max().orElse(16);
    Generate.say(
        "ratio: Tegn at %s against the reference at %s; concurrency %s, %d repetitions of %d s"
            + " per phase, warm-up %d s; trainees load-%06d to load-%06d, quiz %d",
        BASE,
        REF,
        Arrays.toString(CONCURRENCY),
        REPETITIONS,
        SECONDS,
        WARMUP,
        FIRST,
        FIRST + most - 1,
        quizId);
    // the generator's courses hold the load quiz in a module that opens once the earlier ones are
    // complete (LockedModuleQuizGate): trainees whose quiz is still locked (409) are passed over
    int skipped = 0;
    for (int n = FIRST; workers.size() < most; n++) {
      if (n > 999_999 || skipped > 5_000) {
        throw new IllegalStateException("too few generated trainees may start the load quiz");
      }
      Worker w = signInAndStart(String.format("load-%06d", n));
      if (w == null) {
        skipped++;
      } else {
        workers.add(w);
      }
    }
    Generate.say("%d trainees signed in with an open attempt (%d passed over: quiz locked)", most, skipped);
    boolean savePhases = PHASES.contains("save");
    boolean pagePhases = PHASES.contains("page");
    if (pagePhases) {
      int tegnBytes = get(workers.get(0).client(), tegnPage()).body().length();
      refQuestions = questionsOfTheSameSize(tegnBytes);
      int refBytes = get(workers.get(0).client(), refPage()).body().length();
      Generate.say(
          "pages: Tegn's quiz page %,d characters; the reference page %,d characters with %d"
              + " questions",
          tegnBytes,
          refBytes,
          refQuestions);
    }

    if (WARMUP_MAX <= WARMUP) {
      Generate.say("warm-up: each kind %d s at concurrency %d, not counted", WARMUP, most);
    } else {
      Generate.say(
          "warm-up: each kind %d s at concurrency %d, then %d s windows until two agree within %.0f"
              + " %% and the JIT takes under %.0f %% of the server's CPU (at most %d s), not counted",
          WARMUP,
          most,
          WARMUP_WINDOW,
          WARMUP_AGREE,
          WARMUP_JIT,
          WARMUP_MAX);
    }
    List<String> names = new ArrayList<>();
    List<Function<Worker, HttpRequest>> kinds = new ArrayList<>();
    if (savePhases) {
      names.add("Tegn save");
      kinds.add(this::tegnSave);
      names.add("reference save");
      kinds.add(this::refSave);
    }
    if (pagePhases) {
      names.add("Tegn page");
      kinds.add(w -> tegnPage());
      names.add("reference page");
      kinds.add(w -> refPage());
    }
    for (int k = 0; k < kinds.size(); k++) {
      warmUp(names.get(k), most, kinds.get(k));
    }

    List<String> summary = new ArrayList<>();
    summary.add(
        String.format(
            Locale.ROOT,
            "%-5s %-11s %22s %22s %12s %12s %14s",
            "conc",
            "what",
            "Tegn req/s",
            "reference req/s",
            "p50 ms T/R",
            "p99 ms T/R",
            "CPU ms/req T/R"));
    List<String> ratios = new ArrayList<>();
    for (int c : CONCURRENCY) {
      List<Phase[]> saves = new ArrayList<>();
      List<Phase[]> pages = new ArrayList<>();
      for (int rep = 1; rep <= REPETITIONS; rep++) {
        boolean tegnFirst = rep % 2 == 1;
        if (savePhases) {
          saves.add(pair("save", c, rep, tegnFirst, this::tegnSave, this::refSave));
        }
        if (pagePhases) {
          pages.add(pair("page", c, rep, tegnFirst, w -> tegnPage(), w -> refPage()));
        }
      }
      if (savePhases) {
        summary.add(row(c, "answer save", saves));
        ratios.add(ratioLine(c, "answer save", saves));
      }
      if (pagePhases) {
        summary.add(row(c, "quiz page", pages));
        ratios.add(ratioLine(c, "quiz page", pages));
      }
    }
    Generate.say("==== ratio: medians of %d repetitions [min-max] ====", REPETITIONS);
    summary.forEach(l -> Generate.say("%s", l));
    ratios.forEach(l -> Generate.say("%s", l));
    Generate.say(
        "(T = Tegn, R = reference; req/s = requests answered 2xx per second; CPU = the server's"
            + " JVM + MariaDB per answered request; ratio = Tegn/reference throughput of each"
            + " back-to-back pair; goal: >= 70 %% for both)");
  }

  private Phase[] pair(
      String what,
      int c,
      int rep,
      boolean tegnFirst,
      Function<Worker, HttpRequest> tegn,
      Function<Worker, HttpRequest> ref)
      throws InterruptedException {
    Phase t;
    Phase r;
    if (tegnFirst) {
      t = phase("Tegn " + what + " #" + rep, c, SECONDS, tegn);
      r = phase("reference " + what + " #" + rep, c, SECONDS, ref);
    } else {
      r = phase("reference " + what + " #" + rep, c, SECONDS, ref);
      t = phase("Tegn " + what + " #" + rep, c, SECONDS, tegn);
    }
    return new Phase[] {t, r};
  }

  /**
   * Runs one kind of request unmeasured until it is warm: {@code warmupSeconds}, then windows until
   * two in a row agree on throughput and the JIT is nearly idle, bounded by {@code
   * warmupMaxSeconds}. Under ops/run's raised C2 thresholds a request path reaches C2 only after
   * thousands of requests, so a fixed 20 s charged the slower side (fewer requests in the same
   * time) with its own compiling (BENCHMARKS §9.8).
   */
  private void warmUp(String name, int c, Function<Worker, HttpRequest> kind)
      throws InterruptedException {
    Phase last = phase("warm-up " + name, c, WARMUP, kind);
    int spent = WARMUP;
    while (spent + WARMUP_WINDOW <= WARMUP_MAX) {
      Phase next = phase("warm-up " + name + " +" + spent + "s", c, WARMUP_WINDOW, kind);
      spent += WARMUP_WINDOW;
      if (warm(last, next)) {
        Generate.say("warm-up %s: warm after %d s", name, spent);
        return;
      }
      last = next;
    }
    if (WARMUP_MAX > WARMUP) {
      Generate.say("warm-up %s: not steady after %d s (the bound): measuring anyway", name, spent);
    }
  }

  /** Two windows in a row agree on throughput, and the compiler was nearly idle in the second. */
  static boolean warm(Phase before, Phase now) {
    double a = before.throughput();
    double b = now.throughput();
    return a > 0
        && b > 0
        && Math.abs(a - b) * 100 / Math.max(a, b) <= WARMUP_AGREE
        && now.jitPercent() < WARMUP_JIT;
  }

  /** C workers send requests back to back for the given seconds. */
  private Phase phase(String name, int c, int seconds, Function<Worker, HttpRequest> request)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<List<Long>> times = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    double serverBefore = probe.cpuSeconds();
    double jitBefore = probe.jitCpuSeconds();
    double clientBefore = ServerProbe.ownCpuSeconds();
    long started = System.nanoTime();
    for (int i = 0; i < c; i++) {
      Worker w = workers.get(i);
      List<Long> mine = new ArrayList<>();
      times.add(mine);
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  int status;
                  try {
                    status =
                        w.client()
                            .send(request.apply(w), HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                  } catch (IOException e) {
                    status = -1;
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  long millis = (System.nanoTime() - t0) / 1_000_000;
                  if (status >= 200 && status < 300) {
                    mine.add(millis);
                  } else if (status == 503) {
                    refused.incrementAndGet();
                  } else {
                    errors.incrementAndGet();
                  }
                }
              },
              "ratio-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] sorted = times.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
    Phase p =
        new Phase(
            name,
            c,
            sorted.length,
            errors.get(),
            refused.get(),
            elapsed,
            sorted,
            probe.cpuSeconds() - serverBefore,
            probe.jitCpuSeconds() - jitBefore,
            ServerProbe.ownCpuSeconds() - clientBefore);
    Generate.say(
        "%-22s c=%-3d %7d ok %4d errors %4d refused  %7.1f req/s  p50 %4d  p99 %5d ms  server CPU"
            + " %5.2f ms/req (JIT %2.0f %%; load generator %.2f)  load %s",
        name,
        c,
        p.ok(),
        p.errors(),
        p.refused(),
        p.throughput(),
        p.p(50),
        p.p(99),
        p.cpuMsPerRequest(),
        p.jitPercent(),
        p.ok() == 0 ? 0 : p.clientCpu() * 1000 / p.ok(),
        loadAverage());
    return p;
  }

  private String row(int c, String what, List<Phase[]> pairs) {
    return String.format(
        Locale.ROOT,
        "%-5d %-11s %22s %22s %12s %12s %14s",
        c,
        what,
        spread(pairs.stream().mapToDouble(p -> p[0].throughput()).toArray(), "%.0f"),
        spread(pairs.stream().mapToDouble(p -> p[1].throughput()).toArray(), "%.0f"),
        String.format(
            Locale.ROOT,
            "%.0f/%.0f",
            median(pairs.stream().mapToDouble(p -> p[0].p(50)).toArray()),
            median(pairs.stream().mapToDouble(p -> p[1].p(50)).toArray())),
        String.format(
            Locale.ROOT,
            "%.0f/%.0f",
            median(pairs.stream().mapToDouble(p -> p[0].p(99)).toArray()),
            median(pairs.stream().mapToDouble(p -> p[1].p(99)).toArray())),
        String.format(
            Locale.ROOT,
            "%.2f/%.2f",
            median(pairs.stream().mapToDouble(p -> p[0].cpuMsPerRequest()).toArray()),
            median(pairs.stream().mapToDouble(p -> p[1].cpuMsPerRequest()).toArray())));
  }

  private static String ratioLine(int c, String what, List<Phase[]> pairs) {
    double[] r =
        pairs.stream()
            .mapToDouble(p -> p[1].throughput() == 0 ? 0 : p[0].throughput() / p[1].throughput())
            .map(x -> x * 100)
            .toArray();
    double[] cpu =
        pairs.stream()
            .mapToDouble(
                p -> p[0].cpuMsPerRequest() == 0 ? 0 : p[1].cpuMsPerRequest() / p[0].cpuMsPerRequest())
            .map(x -> x * 100)
            .toArray();
    double[] jitTegn = pairs.stream().mapToDouble(p -> p[0].jitPercent()).toArray();
    double[] jitRef = pairs.stream().mapToDouble(p -> p[1].jitPercent()).toArray();
    return String.format(
        Locale.ROOT,
        "RATIO c=%d %-11s throughput Tegn/reference %s %% (goal >= 70 %%: %s); CPU per request"
            + " reference/Tegn %s %%; JIT share of the server's CPU Tegn %s %%, reference %s %%",
        c,
        what,
        spread(r, "%.0f"),
        median(r) >= 70 ? "met" : "missed",
        spread(cpu, "%.0f"),
        spread(jitTegn, "%.0f"),
        spread(jitRef, "%.0f"));
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static String spread(double[] values, String format) {
    double[] s = values.clone();
    Arrays.sort(s);
    return String.format(
        Locale.ROOT,
        format + " [" + format + "-" + format + "]",
        median(s),
        s[0],
        s[s.length - 1]);
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  // ---- the requests

  private HttpRequest tegnSave(Worker w) {
    return save(BASE + "api/attempts/" + w.attemptId() + "/answers/");
  }

  private HttpRequest refSave(Worker w) {
    return save(REF + "api/answers/" + w.attemptId() + "/");
  }

  private static HttpRequest save(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return HttpRequest.newBuilder(URI.create(prefix + random.nextInt(1, SLOTS + 1)))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Accept-Language", "en")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"keys\":[\"" + random.nextInt(1, 5) + "\"]}"))
        .build();
  }

  private HttpRequest tegnPage() {
    return page(BASE + "assessments/take/quiz.xhtml?id=" + quizId);
  }

  private HttpRequest refPage() {
    return page(REF + "quiz.xhtml?count=" + refQuestions);
  }

  private HttpRequest refPage(int questions) {
    return page(REF + "quiz.xhtml?count=" + questions);
  }

  private static HttpRequest page(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header("Accept", "text/html")
        .header("Accept-Language", "en")
        .GET()
        .build();
  }

  /** The reference page's question count whose HTML is as long as Tegn's quiz page. */
  private int questionsOfTheSameSize(int tegnBytes) throws IOException, InterruptedException {
    HttpClient c = workers.get(0).client();
    int small = get(c, refPage(5)).body().length();
    int large = get(c, refPage(25)).body().length();
    double perQuestion = (large - small) / 20.0;
    return (int) Math.max(1, Math.min(100, Math.round(5 + (tegnBytes - small) / perQuestion)));
  }

  private static HttpResponse<String> get(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
    }
    return r;
  }

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  /** The "id" of the outermost JSON object (nested objects have ids of their own). */
  static Long topLevelId(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          inString = false;
        }
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
      } else if (ch == '"') {
        if (depth == 1) {
          Matcher m = ID.matcher(json).region(i, json.length());
          if (m.lookingAt()) {
            return Long.parseLong(m.group(1));
          }
        }
        inString = true;
      }
    }
    return null;
  }

  /**
   * Signs the trainee in (Basic once, then the session cookie) and opens an attempt; null when the
   * quiz is not open to this trainee (409).
   */
  private Worker signInAndStart(String username) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> me =
        client.send(
            HttpRequest.newBuilder(URI.create(BASE + "api/me"))
                .header("Authorization", Generate.basic(username, PASSWORD))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (me.statusCode() != 200) {
      throw new IllegalStateException(
          username + " cannot sign in (" + me.statusCode() + "): run ops/load/generate first");
    }
    for (int tries = 0; tries < 30; tries++) {
      HttpResponse<String> start =
          client.send(
              HttpRequest.newBuilder(URI.create(BASE + "api/quizzes/" + quizId + "/attempts"))
                  .header("Accept", "application/json")
                  .header("Accept-Language", "en")
                  .header("Content-Type", "application/json")
                  .timeout(TIMEOUT)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (start.statusCode() == 503) {
        Thread.sleep(1000);
        continue;
      }
      if (start.statusCode() == 409) {
        return null;
      }
      Long id = start.statusCode() / 100 == 2 ? topLevelId(start.body()) : null;
      if (id == null) {
        throw new IllegalStateException(
            username + " cannot start the quiz (" + start.statusCode() + "): " + start.body());
      }
      return new Worker(client, id);
    }
    throw new IllegalStateException(username + ": the start stayed busy for 30 s");
  }
}
