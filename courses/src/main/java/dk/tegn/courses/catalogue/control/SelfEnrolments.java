package dk.tegn.courses.catalogue.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;

/**
 * The writing half of self-enrolment, each step in a transaction of its own: two first clicks at
 * once (a double click, two tabs) both find no enrolment and both insert one; the unique rule of
 * one active enrolment per person and course lets one through and refuses the other, whose caller
 * then reads the winner's enrolment in a fresh transaction (the first one's snapshot, under
 * MariaDB's repeatable read, would still show none).
 */
@ApplicationScoped
public class SelfEnrolments {

  @PersistenceContext EntityManager em;
  @Inject Enrolments enrolments;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  /** Enrols the person (checked by the caller); fails on the unique rule when a twin won. */
  @Transactional(TxType.REQUIRES_NEW)
  public long enrol(long accountId, long courseId) {
    Enrolment enrolment =
        enrolments.record(accountId, em.find(Course.class, courseId), null, accountId, clock.now());
    audit.record(accountId, "course.selfEnrol", "enrolment", enrolment.getId(), Outcome.ALLOWED);
    return enrolment.getId();
  }

  /** The person's active enrolment in the course as now committed, or null. */
  @Transactional(TxType.REQUIRES_NEW)
  public Long active(long accountId, long courseId) {
    Enrolment enrolment = enrolments.active(accountId, courseId);
    return enrolment == null ? null : enrolment.getId();
  }

  /** Whether a failed write was refused by a unique rule (SQL state class 23), at any depth. */
  static boolean lostToTwin(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
