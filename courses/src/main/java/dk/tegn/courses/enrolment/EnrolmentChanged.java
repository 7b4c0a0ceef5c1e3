package dk.tegn.courses.enrolment;

import java.time.LocalDate;

/**
 * Raised (as a synchronous CDI event, in the transaction of the write) whenever what an enrolment
 * counts for changes: it is made, started, completed, given another due date, restarted or closed.
 * Coordination keeps the dashboard's counters from it. Ids and dates only.
 *
 * @param accountId the trainee
 * @param courseId the course
 * @param before how the enrolment counted before the change; null: it did not (new, or closed)
 * @param after how it counts now; null: it no longer does (closed)
 */
public record EnrolmentChanged(long accountId, long courseId, Standing before, Standing after) {

  /** Where an active enrolment stands, as the dashboard counts it. */
  public enum Stage {
    NOT_STARTED,
    STARTED,
    COMPLETED
  }

  /**
   * An active enrolment's stage, and its due date while it is not completed (a completed one is
   * never overdue, so its due date counts for nothing).
   *
   * @param stage not started, started or completed
   * @param dueOn the due date of an enrolment not completed; null otherwise or without one
   */
  public record Standing(Stage stage, LocalDate dueOn) {}
}
