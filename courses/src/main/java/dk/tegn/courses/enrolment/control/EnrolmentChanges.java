package dk.tegn.courses.enrolment.control;

import dk.tegn.courses.enrolment.EnrolmentChanged;
import dk.tegn.courses.enrolment.EnrolmentChanged.Stage;
import dk.tegn.courses.enrolment.EnrolmentChanged.Standing;
import dk.tegn.courses.enrolment.EnrolmentsChanged;
import dk.tegn.courses.enrolment.EnrolmentsRestarted;
import dk.tegn.courses.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What this module tells others about how enrolments count: every write of an enrolment's stage,
 * due date or active flag is published here as {@link EnrolmentChanged}, synchronously, in the
 * writing transaction (the entity refuses to be written otherwise), and a restart of a whole course
 * as {@link EnrolmentsRestarted}. Coordination keeps the dashboard's counters from these facts, and
 * reads a person's standings here when the person joins a cohort or moves organisation.
 */
@ApplicationScoped
@Transactional
public class EnrolmentChanges {

  /** Stage as the counters' one-letter code: not started, started, completed. */
  static final String STAGE =
      "CASE WHEN completed_at IS NOT NULL THEN 'C' WHEN started_at IS NOT NULL THEN 'S'"
          + " ELSE 'N' END";

  @PersistenceContext EntityManager em;
  @Inject Event<EnrolmentChanged> changed;
  @Inject Event<EnrolmentsRestarted> restarted;
  @Inject Event<EnrolmentsChanged> batch;

  /** Publishes the enrolment's change of standing, if its last write made one. */
  public void publish(Enrolment enrolment) {
    enrolment.takeChange().ifPresent(changed::fire);
  }

  /**
   * Publishes the changes one set statement made (at most a batch), as one {@link
   * EnrolmentsChanged}; nothing when there are none.
   */
  public void publishAll(List<EnrolmentChanged> changes) {
    if (!changes.isEmpty()) {
      batch.fire(new EnrolmentsChanged(changes));
    }
  }

  /** Publishes that every uncompleted active enrolment of the course has started over. */
  public void restarted(long courseId) {
    restarted.fire(new EnrolmentsRestarted(courseId));
  }

  /** One active enrolment of a person as it counts. */
  public record Counted(long courseId, Standing standing) {}

  /**
   * A person's active enrolments as they count, read with shared locks to the end of the
   * transaction (the latest committed rows, not the transaction's snapshot): a concurrent change of
   * one of them is then either seen here or waits, so an observer adding them to a cohort's counts
   * neither misses nor doubles it. Index ix_crs_enrolment_mine (account_id, active, …).
   */
  public List<Counted> countedOf(long accountId) {
    return counted(
        "SELECT course_id, "
            + STAGE
            + ", due_on FROM crs_enrolment WHERE account_id = ?1 AND active = TRUE"
            + " ORDER BY course_id LOCK IN SHARE MODE",
        accountId);
  }

  @SuppressWarnings("unchecked")
  private List<Counted> counted(String sql, long accountId) {
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, accountId).getResultList();
    List<Counted> counted = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      counted.add(new Counted(((Number) r[0]).longValue(), standing(r[1], r[2])));
    }
    return counted;
  }

  static Standing standing(Object code, Object due) {
    Stage stage =
        switch (String.valueOf(code)) {
          case "C" -> Stage.COMPLETED;
          case "S" -> Stage.STARTED;
          default -> Stage.NOT_STARTED;
        };
    return new Standing(stage, stage == Stage.COMPLETED ? null : date(due));
  }

  static LocalDate date(Object value) {
    return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
