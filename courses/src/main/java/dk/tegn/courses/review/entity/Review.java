package dk.tegn.courses.review.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who last checked a lesson's facts against its sources, on which day, and when it must be checked
 * again. Travels from the package (course.yaml {@code review:}) to the draft and with every
 * published version.
 *
 * @param by the reviewer's name or role, as the package writes it
 */
public record Review(String by, LocalDate on, LocalDate due) {

  public static final int MAX_BY = 200;

  public Review {
    Objects.requireNonNull(on, "reviewed on");
    Objects.requireNonNull(due, "review due");
    by = by == null ? "" : by.strip();
    if (by.isEmpty() || by.length() > MAX_BY) {
      throw new IllegalArgumentException("a review names its reviewer in 1-" + MAX_BY + " chars");
    }
    if (due.isBefore(on)) {
      throw new IllegalArgumentException("a review is due on or after the day it was made");
    }
  }

  /** Due on or before {@code day}. */
  public boolean isDueBy(LocalDate day) {
    return !due.isAfter(day);
  }
}
