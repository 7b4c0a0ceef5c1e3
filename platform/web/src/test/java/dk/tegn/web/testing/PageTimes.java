package dk.tegn.web.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * How long the pages of the browser journeys took to load, from the browser's own Navigation Timing
 * (the request's start to the load event, so server, network and rendering), per path, for every
 * browser of this test JVM. Printed, never asserted: the figure is a measurement, and the target
 * (median under 300 ms on the embedded default) is checked by reading it (BENCHMARKS.md).
 */
public final class PageTimes {

  private static final Map<String, List<Long>> BY_PATH = new ConcurrentHashMap<>();

  private PageTimes() {}

  static void record(String path, long millis) {
    BY_PATH.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(millis);
  }

  /** One line: this browser's pages, then every browser's so far with the slowest paths. */
  static String summary(List<Long> mine) {
    List<Long> all = BY_PATH.values().stream().flatMap(List::stream).toList();
    String slowest =
        BY_PATH.entrySet().stream()
            .sorted(
                Comparator.comparingLong((Map.Entry<String, List<Long>> e) -> median(e.getValue()))
                    .reversed())
            .limit(5)
            .map(e -> e.getKey() + " " + median(e.getValue()) + " ms (" + e.getValue().size() + ")")
            .collect(Collectors.joining(", "));
    return String.format(
        "page times: this browser %d pages, median %d ms; all browsers so far %d pages, median %d"
            + " ms, p90 %d ms; slowest paths by median: %s",
        mine.size(), median(mine), all.size(), median(all), percentile(all, 90), slowest);
  }

  static long median(List<Long> times) {
    return percentile(times, 50);
  }

  private static long percentile(List<Long> times, int p) {
    if (times.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    return sorted.get(Math.min(sorted.size() - 1, (sorted.size() - 1) * p / 100));
  }
}
