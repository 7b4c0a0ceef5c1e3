package dk.tegn.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the Tegn server on this machine while a load test runs: CPU of its JVM and of the
 * MariaDB it started (from /proc, once a second), heap and GC of the JVM (one long-running {@code
 * jstat}, so the probe does not start a JVM per sample on a busy 2-core box), and the machine's
 * load average, which says how much else was running.
 */
public final class ServerProbe {

  private static final double TICKS_PER_SECOND = 100.0;

  private final long pid;
  private final List<Long> children;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<double[]> cpu = new ArrayList<>();
  private final List<double[]> heap = new ArrayList<>();
  private final List<Double> load = new ArrayList<>();
  private Process jstat;
  private long startTicksJava;
  private long startTicksDb;
  private long lastTicks;
  private long lastNanos;
  private long startNanos;
  private double[] firstGc;
  private double[] lastGc;

  private ServerProbe(long pid) {
    this.pid = pid;
    this.children = children(pid);
  }

  /**
   * The server listening on {@code port}: -DserverPid wins; else found with {@code ss}. Returns
   * null (and the results say so) when neither works, e.g. against a remote server.
   */
  public static ServerProbe forPort(int port) {
    Long pid = Long.getLong("serverPid");
    if (pid == null) {
      pid = listenerPid(port);
    }
    return pid == null ? null : new ServerProbe(pid);
  }

  private static Long listenerPid(int port) {
    try {
      Process p =
          new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
      return m.find() ? Long.parseLong(m.group(1)) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static List<Long> children(long pid) {
    List<Long> result = new ArrayList<>();
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks.toList()) {
        String c = Files.readString(task.resolve("children")).trim();
        if (!c.isEmpty()) {
          Arrays.stream(c.split("\\s+")).map(Long::parseLong).forEach(result::add);
        }
      }
    } catch (IOException e) {
      // a process that went away has no children to watch
    }
    return result;
  }

  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private long childTicks() {
    return children.stream().mapToLong(ServerProbe::ticks).sum();
  }

  public long pid() {
    return pid;
  }

  /** CPU seconds used so far by the server's JVM and the MariaDB it started, together. */
  public double cpuSeconds() {
    return (ticks(pid) + childTicks()) / TICKS_PER_SECOND;
  }

  /**
   * CPU seconds used so far by the server JVM's JIT compiler threads (C1 and C2), part of {@link
   * #cpuSeconds()}: a phase whose server CPU is largely the compiler's measures compiling, not
   * serving. Threads named "C2 CompilerThre…" / "C1 CompilerThre…" in /proc; 0 where they cannot be
   * read.
   */
  public double jitCpuSeconds() {
    long sum = 0;
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler")) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException | RuntimeException e) {
          // a compiler thread that ended between the listing and the read (the JVM stops idle ones)
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return sum / TICKS_PER_SECOND;
  }

  /** CPU seconds used so far by this JVM (the load generator). */
  public static double ownCpuSeconds() {
    return ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND;
  }

  public void start() {
    startNanos = System.nanoTime();
    lastNanos = startNanos;
    startTicksJava = ticks(pid);
    startTicksDb = childTicks();
    lastTicks = startTicksJava + startTicksDb;
    timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    try {
      jstat =
          new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "2000")
              .redirectErrorStream(true)
              .start();
      Thread reader = new Thread(this::readJstat, "jstat-reader");
      reader.setDaemon(true);
      reader.start();
    } catch (IOException e) {
      jstat = null;
    }
  }

  private synchronized void sample() {
    long now = System.nanoTime();
    long t = ticks(pid) + childTicks();
    double seconds = (now - lastNanos) / 1e9;
    cpu.add(new double[] {(t - lastTicks) / TICKS_PER_SECOND / seconds * 100});
    lastTicks = t;
    lastNanos = now;
    try {
      load.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
    } catch (IOException e) {
      // no load average on this system
    }
  }

  private void readJstat() {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      String[] header = null;
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 0 && f[0].equals("S0C")) {
          header = f;
          continue;
        }
        if (header == null || f.length != header.length) {
          continue;
        }
        double used = 0;
        double ygc = 0;
        double fgc = 0;
        double gct = 0;
        for (int i = 0; i < header.length; i++) {
          switch (header[i]) {
            case "S0U", "S1U", "EU", "OU" -> used += Double.parseDouble(f[i]);
            case "YGC" -> ygc = Double.parseDouble(f[i]);
            case "FGC" -> fgc = Double.parseDouble(f[i]);
            case "GCT" -> gct = Double.parseDouble(f[i]);
            default -> {}
          }
        }
        synchronized (this) {
          heap.add(new double[] {used / 1024});
          double[] gc = {ygc, fgc, gct};
          if (firstGc == null) {
            firstGc = gc;
          }
          lastGc = gc;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // jstat ended (the server stopped, or it cannot attach): the summary says what it saw
    }
  }

  /** Stops sampling and returns the summary lines. */
  public synchronized List<String> stop() {
    timer.shutdownNow();
    if (jstat != null) {
      jstat.destroy();
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double javaCpu = (ticks(pid) - startTicksJava) / TICKS_PER_SECOND;
    double dbCpu = (childTicks() - startTicksDb) / TICKS_PER_SECOND;
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "server pid %d (+ MariaDB %s) over %.0f s: CPU %.1f s in the JVM + %.1f s in MariaDB"
                + " = %.0f %% of one core on average, %.0f %% at the busiest second (2 cores = 200 %%)",
            pid,
            children,
            seconds,
            javaCpu,
            dbCpu,
            (javaCpu + dbCpu) / seconds * 100,
            cpu.stream().mapToDouble(c -> c[0]).max().orElse(0)));
    if (!heap.isEmpty()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "server heap used: %.0f MB average, %.0f MB peak; GC during the run: %.0f young,"
                  + " %.0f full, %.2f s",
              heap.stream().mapToDouble(h -> h[0]).average().orElse(0),
              heap.stream().mapToDouble(h -> h[0]).max().orElse(0),
              lastGc[0] - firstGc[0],
              lastGc[1] - firstGc[1],
              lastGc[2] - firstGc[2]));
    } else {
      lines.add("server heap: jstat could not attach");
    }
    if (!load.isEmpty()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "machine load average (1 min) during the run: %.2f min, %.2f average, %.2f max"
                  + " (includes the load generator and anything else on the machine)",
              load.stream().mapToDouble(Double::doubleValue).min().orElse(0),
              load.stream().mapToDouble(Double::doubleValue).average().orElse(0),
              load.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    }
    return lines;
  }
}
