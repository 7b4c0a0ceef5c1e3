package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.control.GradedAnswers.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Started attempts, for a module that follows them in the background (courses' xAPI "attempted"
 * statements) instead of in the start's transaction: as {@link GradedAnswers}, it keeps its own
 * cursor, a {@link Position} (here the time of starting and the attempt's id), reads what started
 * after it, and looks back a little ({@link #between}) for attempts that committed late. Index
 * ix_asm_attempt_started (started_at, id).
 */
@ApplicationScoped
@Transactional
public class StartedAttempts {

  /** A started attempt: who, which quiz, where (0 outside any context), its number, when. */
  public record Started(
      long attemptId, long learnerId, long quizId, long contextId, int number, Instant startedAt) {

    public Position position() {
      return new Position(startedAt, attemptId);
    }
  }

  private static final String STARTED =
      "SELECT id, learner_id, quiz_id, context_id, number, started_at FROM asm_attempt WHERE ";

  private static final String AFTER =
      STARTED + "started_at >= ? AND (started_at > ? OR id > ?) ORDER BY started_at, id LIMIT ?";

  private static final String BETWEEN =
      STARTED + "started_at >= ? AND started_at <= ? ORDER BY started_at DESC, id DESC LIMIT ?";

  @PersistenceContext EntityManager em;

  /** The first {@code max} attempts started after {@code cursor}, in the order of starting. */
  public List<Started> after(Position cursor, int max) {
    return read(AFTER, max, utc(cursor.gradedAt()), utc(cursor.gradedAt()), cursor.attemptId());
  }

  /**
   * Attempts started from {@code from} up to and including {@code until} (its time and id), newest
   * first, at most {@code max}: where a reader looks back for attempts that committed late.
   */
  public List<Started> between(Instant from, Position until, int max) {
    return read(BETWEEN, max, utc(from), utc(until.gradedAt())).stream()
        .filter(s -> s.position().compareTo(until) <= 0)
        .toList();
  }

  private List<Started> read(String sql, int max, Object... parameters) {
    try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
      int p = 1;
      for (Object parameter : parameters) {
        query.setObject(p++, parameter);
      }
      query.setInt(p, max);
      List<Started> started = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          started.add(
              new Started(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getInt(5),
                  rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
      return started;
    } catch (SQLException e) {
      throw new PersistenceException("reading started attempts failed", e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
