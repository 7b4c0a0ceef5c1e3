package dk.tegn.assessments.attempt.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Saves one answer with a native upsert keyed by (attempt, slot): the exam's hot path. Measured on
 * Payara's EclipseLink, {@code em.merge} under concurrency gave occasional 500s where this gave
 * none (STACK.md). The insert only happens while the attempt row says it is the caller's, in
 * progress and not past its deadline, and reading that row takes a shared lock (InnoDB locks the
 * rows an {@code INSERT ... SELECT} reads, at REPEATABLE READ, MariaDB's default), so a save racing
 * a submit either lands before the grading reads the answers (the submit's {@code FOR UPDATE} waits
 * for it) or waits for the submit and is refused.
 *
 * <p>The upsert is one statement that checks all that by itself, so it runs on its own in
 * autocommit, on a connection of the data source, without a JTA transaction or EclipseLink's unit
 * of work around it (about a twentieth of a save's CPU, ops/BENCHMARKS.md section 9.3); called
 * within a transaction, the connection joins it.
 */
@ApplicationScoped
public class AnswerStore {

  /**
   * A save with the device's sequence number (an answer kept offline and sent later) replaces the
   * stored one only when that is not newer: the same answer sent twice changes nothing, an older
   * one queued on the phone never overwrites a newer one. {@code client_seq} is assigned last:
   * MariaDB and MySQL evaluate the assignments in order, so the conditions before it read the
   * stored number.
   */
  private static final String NEWER =
      "(VALUES(client_seq) IS NULL OR client_seq IS NULL OR VALUES(client_seq) >= client_seq)";

  private static final String UPSERT =
      "INSERT INTO asm_answer (attempt_id, slot, response, saved_at, client_seq)"
          + " SELECT a.id, ?, ?, ?, ? FROM asm_attempt a"
          + " WHERE a.id = ? AND a.learner_id = ? AND a.state = 'IN_PROGRESS'"
          + " AND (a.deadline IS NULL OR a.deadline >= ?)"
          + " ON DUPLICATE KEY UPDATE"
          + (" response = IF(" + NEWER + ", VALUES(response), response),")
          + (" saved_at = IF(" + NEWER + ", VALUES(saved_at), saved_at),")
          + (" client_seq = IF(" + NEWER + ", VALUES(client_seq), client_seq)");

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  public AnswerStore() {}

  /** For tests outside a container. */
  AnswerStore(EntityManager em, DataSource dataSource) {
    this.em = em;
    this.dataSource = dataSource;
  }

  /**
   * Takes the attempt's row lock for the rest of the transaction, before the attempt is read, so a
   * submit waits for the answers being saved right now and they wait for it.
   */
  @Transactional(TxType.MANDATORY)
  public void lockAttempt(long attemptId) {
    em.createNativeQuery("SELECT id FROM asm_attempt WHERE id = ? FOR UPDATE")
        .setParameter(1, attemptId)
        .getResultList();
  }

  /**
   * Returns false when the attempt did not accept the answer: not the learner's, submitted or out
   * of time (or gone).
   *
   * @param clientSeq the device's order of the answer, or null when the caller says none
   */
  public boolean save(
      long attemptId, long learnerId, int slot, String responseJson, Long clientSeq, Instant now) {
    // a LocalDateTime goes to the driver as it is: UTC, as every DATETIME column holds
    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setInt(1, slot);
      upsert.setString(2, responseJson);
      upsert.setObject(3, at);
      if (clientSeq == null) {
        upsert.setNull(4, Types.BIGINT);
      } else {
        upsert.setLong(4, clientSeq);
      }
      upsert.setLong(5, attemptId);
      upsert.setLong(6, learnerId);
      upsert.setObject(7, at);
      return upsert.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("answer " + attemptId + "/" + slot + " not saved", e);
    }
  }
}
