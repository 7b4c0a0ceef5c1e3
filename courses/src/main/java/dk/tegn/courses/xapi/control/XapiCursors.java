package dk.tegn.courses.xapi.control;

import dk.tegn.assessments.attempt.control.GradedAnswers.Position;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where each of xAPI's background readers of attempts stands ({@code crs_xapi_cursor}, one row per
 * reader): {@link GradedAttemptStatements} and {@link StartedAttemptStatements}. Read with the row
 * locked to the end of the caller's transaction, so two runs of one reader take turns.
 */
@ApplicationScoped
class XapiCursors {

  private static final String READ =
      "SELECT position_at, position_id FROM crs_xapi_cursor WHERE name = ? FOR UPDATE";

  private static final String WRITE =
      "INSERT INTO crs_xapi_cursor (name, position_at, position_id, updated_at) VALUES (?, ?, ?, ?)"
          + " ON DUPLICATE KEY UPDATE position_at = VALUES(position_at),"
          + " position_id = VALUES(position_id), updated_at = VALUES(updated_at)";

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  /** The reader's cursor, locked; made at {@code first} on the reader's first run. */
  Position read(String name, Position first) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement read = c.prepareStatement(READ)) {
      read.setString(1, name);
      try (ResultSet rs = read.executeQuery()) {
        if (rs.next()) {
          return new Position(
              rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("reading the xAPI cursor " + name + " failed", e);
    }
    move(name, first);
    return first;
  }

  /** Puts the reader's cursor at {@code position}. */
  void move(String name, Position position) {
    try (PreparedStatement write = em.unwrap(Connection.class).prepareStatement(WRITE)) {
      write.setString(1, name);
      write.setObject(2, utc(position.gradedAt()));
      write.setLong(3, position.attemptId());
      write.setObject(4, utc(clock.now()));
      write.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("moving the xAPI cursor " + name + " failed", e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
