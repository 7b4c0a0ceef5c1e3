package dk.tegn.intake.statistics.entity;

import java.util.List;

/** Counts by one dimension; the total is suppressed too when it is small. */
public record StatisticsTable(StatisticsDimension dimension, List<Cell> cells, Cell total) {

  public StatisticsTable {
    cells = List.copyOf(cells);
  }
}
