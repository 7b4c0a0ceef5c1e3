package dk.tegn.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per request kind as the load test saw them, for a summary printed at the end
 * that names each kind's throughput and percentiles (Gatling's HTML report has the same figures,
 * but its console summary only gives them for all requests together).
 */
public final class Timings {

  private record Sample(long atMillis, long millis, int status, boolean ok) {}

  /** Issue 18 §3: what cannot be served within about 5 s gets a quick 503 instead. */
  static final long SLOW_MILLIS = 5_000;

  private final Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentHashMap<>();

  public void record(String kind, long millis, int status, boolean ok) {
    samples
        .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
        .add(new Sample(System.currentTimeMillis(), millis, status, ok));
  }

  /** One line per kind: count, errors (by status), throughput over the kind's own window, times. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%-44s %7s %6s %6s %8s %6s %6s %6s %6s %6s %6s",
            "request",
            "count",
            "errors",
            ">5s",
            "req/s",
            "min",
            "p50",
            "p75",
            "p95",
            "p99",
            "max"));
    for (var e : new TreeMap<>(samples).entrySet()) {
      List<Sample> all = new ArrayList<>(e.getValue());
      // percentiles of the answered requests; a timed-out request has no time of its own
      long[] times = all.stream().filter(Sample::ok).mapToLong(Sample::millis).sorted().toArray();
      long errors = all.stream().filter(s -> !s.ok()).count();
      long first = all.stream().mapToLong(Sample::atMillis).min().orElse(0);
      long last = all.stream().mapToLong(Sample::atMillis).max().orElse(0);
      double window = Math.max(1, last - first) / 1000.0;
      lines.add(
          String.format(
              Locale.ROOT,
              "%-44s %7d %6d %6d %8.1f %6d %6d %6d %6d %6d %6d",
              e.getKey(),
              all.size(),
              errors,
              all.stream().filter(s -> s.ok() && s.millis() > SLOW_MILLIS).count(),
              times.length / window,
              times.length == 0 ? 0 : times[0],
              percentile(times, 50),
              percentile(times, 75),
              percentile(times, 95),
              percentile(times, 99),
              times.length == 0 ? 0 : times[times.length - 1]));
      Map<Integer, Long> byStatus = new TreeMap<>();
      all.stream().filter(s -> !s.ok()).forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
      if (!byStatus.isEmpty()) {
        lines.add("    errors by status (-1: no response): " + byStatus);
      }
    }
    lines.add(
        "(times in ms of the requests answered with 2xx; >5s = those answered after more than 5 s,"
            + " the bound within which an overloaded Tegn should refuse rather than keep a request"
            + " waiting; req/s = those per second, from the first to the last request of that kind)");
    return lines;
  }

  /** The p-th percentile by the nearest-rank method. */
  public static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public long[] sortedTimes(String kind) {
    var q = samples.get(kind);
    return q == null
        ? new long[0]
        : q.stream().filter(Sample::ok).mapToLong(Sample::millis).sorted().toArray();
  }

  public long errors() {
    return samples.values().stream().flatMap(q -> q.stream()).filter(s -> !s.ok()).count();
  }
}
