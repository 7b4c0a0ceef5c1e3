package dk.tegn.intake.statistics.entity;

import java.io.Serializable;
import java.util.List;

/** Counts by one dimension; the total is suppressed too when it is small. */
public record StatisticsTable(StatisticsDimension dimension, List<Cell> cells, Cell total)
    implements Serializable {

  public StatisticsTable {
    cells = List.copyOf(cells);
  }
}
