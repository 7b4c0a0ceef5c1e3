package dk.tegn.assessments.attempt.control;

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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded attempts with each question's credit, for a module that follows them in the background
 * (courses' xAPI statements): it keeps its own cursor, a {@link Position}, and reads what was
 * graded after it. A position is the time of grading and the attempt's id; attempts do not commit
 * in that order, so a reader also looks back a little ({@link #between}) for any that committed
 * late. Ids, grades and whether a question was answered only, never a response. Index
 * ix_asm_attempt_graded (submitted_at, id).
 */
@ApplicationScoped
@Transactional
public class GradedAnswers {

  /** Where a graded attempt stands in the order of grading: its time, then its id. */
  public record Position(Instant gradedAt, long attemptId) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      int byTime = gradedAt.compareTo(o.gradedAt);
      return byTime != 0 ? byTime : Long.compare(attemptId, o.attemptId);
    }
  }

  /** One question of a graded attempt: its slot (from 1), the question and version, the credit. */
  public record Question(
      int slot, long questionId, int questionVersion, boolean answered, double fraction) {}

  /**
   * A graded attempt: who, which quiz, where (contextId: courses' course id, 0 outside any), when,
   * the attempt's own grade (not an override's) and its questions in slot order.
   */
  public record Graded(
      long attemptId,
      long learnerId,
      long quizId,
      long contextId,
      Instant gradedAt,
      int scorePercent,
      boolean passed,
      List<Question> questions) {

    public Graded {
      questions = List.copyOf(questions);
    }

    public Position position() {
      return new Position(gradedAt, attemptId);
    }
  }

  private static final String POSITIONS = "SELECT id, submitted_at FROM asm_attempt WHERE ";

  private static final String AFTER =
      POSITIONS
          + "submitted_at >= ? AND (submitted_at > ? OR id > ?) ORDER BY submitted_at, id LIMIT ?";

  private static final String BETWEEN =
      POSITIONS
          + "submitted_at >= ? AND submitted_at <= ? ORDER BY submitted_at DESC, id DESC LIMIT ?";

  private static final String ATTEMPTS =
      "SELECT id, learner_id, quiz_id, context_id, submitted_at, score_percent, passed"
          + " FROM asm_attempt WHERE state = 'SUBMITTED' AND score_percent IS NOT NULL AND id IN ";

  private static final String SLOTS =
      "SELECT s.attempt_id, s.slot, v.question_id, v.number, s.fraction, a.id IS NOT NULL"
          + " FROM asm_attempt_slot s JOIN asm_question_version v ON v.id = s.question_version_id"
          + " LEFT JOIN asm_answer a ON a.attempt_id = s.attempt_id AND a.slot = s.slot"
          + " WHERE s.attempt_id IN ";

  @PersistenceContext EntityManager em;

  public GradedAnswers() {}

  /** For tests outside a container. */
  public GradedAnswers(EntityManager em) {
    this.em = em;
  }

  /**
   * The first {@code max} graded attempts after {@code cursor} (null: from the start), in order.
   */
  public List<Position> after(Position cursor, int max) {
    Position from = cursor == null ? new Position(Instant.EPOCH, 0) : cursor;
    return positions(AFTER, max, utc(from.gradedAt()), utc(from.gradedAt()), from.attemptId());
  }

  /**
   * Graded attempts from {@code from} up to and including {@code until} (its time and id), newest
   * first, at most {@code max}: where a reader looks back for attempts that committed late.
   */
  public List<Position> between(Instant from, Position until, int max) {
    return positions(BETWEEN, max, utc(from), utc(until.gradedAt())).stream()
        .filter(p -> p.compareTo(until) <= 0)
        .toList();
  }

  /** The graded attempts of these ids with their questions, in the order of the ids given. */
  public List<Graded> of(Collection<Long> attemptIds) {
    if (attemptIds.isEmpty()) {
      return List.of();
    }
    String ids = "(" + String.join(",", Collections.nCopies(attemptIds.size(), "?")) + ")";
    Connection c = em.unwrap(Connection.class);
    Map<Long, List<Question>> questions = new LinkedHashMap<>();
    try (PreparedStatement slots =
        c.prepareStatement(SLOTS + ids + " ORDER BY s.attempt_id, s.slot")) {
      bindIds(slots, attemptIds);
      try (ResultSet rs = slots.executeQuery()) {
        while (rs.next()) {
          double fraction = rs.getDouble(5);
          boolean credited = !rs.wasNull();
          questions
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new Question(
                      rs.getInt(2),
                      rs.getLong(3),
                      rs.getInt(4),
                      rs.getBoolean(6),
                      credited ? fraction : 0));
        }
      }
      Map<Long, Graded> graded = new LinkedHashMap<>();
      try (PreparedStatement attempts = c.prepareStatement(ATTEMPTS + ids)) {
        bindIds(attempts, attemptIds);
        try (ResultSet rs = attempts.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            graded.put(
                id,
                new Graded(
                    id,
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    instant(rs, 5),
                    rs.getInt(6),
                    rs.getBoolean(7),
                    questions.getOrDefault(id, List.of())));
          }
        }
      }
      return attemptIds.stream().map(graded::get).filter(g -> g != null).toList();
    } catch (SQLException e) {
      throw new PersistenceException("reading graded attempts failed", e);
    }
  }

  private List<Position> positions(String sql, int max, Object... parameters) {
    try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
      int p = 1;
      for (Object parameter : parameters) {
        query.setObject(p++, parameter);
      }
      query.setInt(p, max);
      List<Position> positions = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          positions.add(new Position(instant(rs, 2), rs.getLong(1)));
        }
      }
      return positions;
    } catch (SQLException e) {
      throw new PersistenceException("reading positions of graded attempts failed", e);
    }
  }

  private static void bindIds(PreparedStatement statement, Collection<Long> ids)
      throws SQLException {
    int p = 1;
    for (long id : ids) {
      statement.setLong(p++, id);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
  }
}
