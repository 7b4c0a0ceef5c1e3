package dk.tegn.intake.statistics.entity;

import java.io.Serializable;
import java.time.YearMonth;
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

  /** One line per cell: dimension, value, count ("<5" when suppressed). */
  public String csv() {
    StringBuilder csv = new StringBuilder("dimension,value,count\r\n");
    // values are enum names, ISO codes and yyyy-MM: nothing a spreadsheet would run as a formula
    for (StatisticsTable table : tables) {
      for (Cell cell : table.cells()) {
        csv.append(table.dimension())
            .append(',')
            .append(cell.value())
            .append(',')
            .append(cell.shown())
            .append("\r\n");
      }
      csv.append(table.dimension()).append(",TOTAL,").append(table.total().shown()).append("\r\n");
    }
    return csv.toString();
  }
}
