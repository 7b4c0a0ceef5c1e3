package dk.tegn.intake.statistics.entity;

import dk.tegn.core.export.Csv;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Referrals submitted in the months {@code from} to {@code to}, both included. */
public record StatisticsReport(YearMonth from, YearMonth to, List<StatisticsTable> tables)
    implements Serializable {

  public StatisticsReport {
    tables = List.copyOf(tables);
  }

  public StatisticsTable table(StatisticsDimension dimension) {
    return tables.stream().filter(t -> t.dimension() == dimension).findFirst().orElseThrow();
  }

  /** One line per cell: dimension, value, count ("<5" when suppressed), as core's CSV. */
  public byte[] csv(java.util.Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (StatisticsTable table : tables) {
      for (Cell cell : table.cells()) {
        rows.add(List.<Object>of(table.dimension().name(), cell.value(), cell.shown()));
      }
      rows.add(List.<Object>of(table.dimension().name(), "TOTAL", table.total().shown()));
    }
    return Csv.write(List.of("dimension", "value", "count"), rows, locale);
  }
}
