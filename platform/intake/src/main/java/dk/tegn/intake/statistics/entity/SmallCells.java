package dk.tegn.intake.statistics.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression as CTDC practises it: a count under 5 is not shown. When only one cell of
 * a table would be hidden, the next smallest is hidden too, or the total would give the hidden one
 * away.
 */
public final class SmallCells {

  public static final int THRESHOLD = 5;

  private SmallCells() {}

  public static List<Cell> suppress(Map<String, Long> counts) {
    Map<String, Long> shown = new LinkedHashMap<>(counts);
    List<String> hidden = new ArrayList<>();
    counts.forEach(
        (value, count) -> {
          if (count < THRESHOLD) {
            hidden.add(value);
          }
        });
    if (hidden.size() == 1 && counts.size() > 1) {
      counts.entrySet().stream()
          .filter(e -> !hidden.contains(e.getKey()))
          .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .ifPresent(e -> hidden.add(e.getKey()));
    }
    hidden.forEach(v -> shown.put(v, null));
    List<Cell> cells = new ArrayList<>();
    shown.forEach((value, count) -> cells.add(new Cell(value, count)));
    cells.sort(Comparator.comparing(Cell::value));
    return cells;
  }
}
