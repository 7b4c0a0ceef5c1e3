package dk.tegn.courses.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One enrolment of a learner as staff who look after them see it (a coordinator's per-learner
 * report): the line the learner sees on "My courses", and the personal due date with its reason
 * when one was set.
 */
public record LearnerEnrolment(MyCourse course, LocalDate personalDueOn, String personalDueReason)
    implements Serializable {

  public boolean personalDue() {
    return personalDueOn != null;
  }
}
