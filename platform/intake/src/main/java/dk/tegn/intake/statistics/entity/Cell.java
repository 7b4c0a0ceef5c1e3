package dk.tegn.intake.statistics.entity;

import java.io.Serializable;

/**
 * One count. A suppressed cell carries no count at all, so no view or export can leak it.
 *
 * @param value an enum name, an ISO country code, a month (yyyy-MM), "OPEN" or "UNKNOWN"
 */
public record Cell(String value, Long count) implements Serializable {

  public boolean suppressed() {
    return count == null;
  }

  /** The count as shown and exported: "<5" when suppressed. */
  public String shown() {
    return count == null ? "<" + SmallCells.THRESHOLD : String.valueOf(count);
  }
}
