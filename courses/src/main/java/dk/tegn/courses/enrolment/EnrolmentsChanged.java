package dk.tegn.courses.enrolment;

import java.util.List;

/**
 * Raised (as a synchronous CDI event, in the transaction of the write, after the rows are written)
 * when one set statement changed how many enrolments count: a batch of {@link EnrolmentChanged},
 * each as it would have been raised alone, for an observer to follow in a few statements instead of
 * one per enrolment. At most a batch (about 1,000) at a time. Ids and dates only.
 *
 * @param changes the changes, one per enrolment
 */
public record EnrolmentsChanged(List<EnrolmentChanged> changes) {

  public EnrolmentsChanged {
    changes = List.copyOf(changes);
  }
}
