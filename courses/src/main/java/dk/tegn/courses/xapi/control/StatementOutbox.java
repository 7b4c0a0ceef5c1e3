package dk.tegn.courses.xapi.control;

import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The durable outbox of statements. A statement is stored in the transaction of the event that
 * caused it, so it exists exactly when its cause does, or, for a graded attempt, in the transaction
 * that reads it later ({@link GradedAttemptStatements}); storing one whose id is already there
 * changes nothing.
 */
@ApplicationScoped
@Transactional
public class StatementOutbox {

  // the no-op update keeps the first statement of an id: the same event never makes two
  private static final String STORE =
      "INSERT INTO crs_xapi_statement (statement_id, organisation_id, verb, activity_id, body,"
          + " stored_at, due_at, attempts, next_attempt_at) VALUES ";

  private static final String STORE_ROW = "(?, ?, ?, ?, ?, ?, ?, 0, ?)";

  private static final String STORE_END = " ON DUPLICATE KEY UPDATE statement_id = statement_id";

  private static final String CANCEL =
      "DELETE FROM crs_xapi_statement WHERE statement_id = ? AND sent_at IS NULL";

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  public StatementOutbox() {}

  /** For tests outside a container. */
  public StatementOutbox(EntityManager em, PlatformClock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Stores a statement of the organisation, to be sent and served from its timestamp on. */
  public void store(long organisationId, JsonObject statement) {
    store(organisationId, List.of(statement));
  }

  /**
   * Stores statements of the organisation in one statement, in their order (an attempt's twenty
   * answered statements: one round trip instead of twenty inside the submit's transaction).
   */
  public void store(long organisationId, List<JsonObject> statements) {
    if (statements.isEmpty()) {
      return;
    }
    Timestamp now = utc(clock.now());
    String sql =
        STORE + String.join(", ", Collections.nCopies(statements.size(), STORE_ROW)) + STORE_END;
    // plain JDBC on the transaction's own connection: EclipseLink binds a native query's
    // parameters through a record searched field by field, which for 160 parameters cost a
    // quarter of this method (ops/BENCHMARKS.md §3, the submit's profile)
    try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(sql)) {
      int p = 1;
      for (JsonObject statement : statements) {
        Timestamp due = utc(Instant.parse(statement.getString("timestamp")));
        insert.setString(p++, statement.getString("id"));
        insert.setLong(p++, organisationId);
        insert.setString(p++, statement.getJsonObject("verb").getString("id"));
        insert.setString(p++, statement.getJsonObject("object").getString("id"));
        insert.setString(p++, statement.toString());
        insert.setTimestamp(p++, now);
        insert.setTimestamp(p++, due);
        insert.setTimestamp(p++, due.after(now) ? due : now);
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("storing " + statements.size() + " statements failed", e);
    }
  }

  /** Which of these statement ids are in the outbox (sent or not). */
  public Set<String> existing(List<String> statementIds) {
    Set<String> found = new HashSet<>();
    for (int from = 0; from < statementIds.size(); from += 1000) {
      List<String> part = statementIds.subList(from, Math.min(from + 1000, statementIds.size()));
      String sql =
          "SELECT statement_id FROM crs_xapi_statement WHERE statement_id IN ("
              + String.join(",", Collections.nCopies(part.size(), "?"))
              + ")";
      try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
        int p = 1;
        for (String id : part) {
          query.setString(p++, id);
        }
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("looking up " + part.size() + " statements failed", e);
      }
    }
    return found;
  }

  /** Drops a statement not sent yet (a certificate's expiry once it is withdrawn). */
  public void cancel(UUID statementId) {
    em.createNativeQuery(CANCEL).setParameter(1, statementId.toString()).executeUpdate();
  }

  /** The organisation's statements due for sending now, oldest first. */
  public List<OutboxStatement> due(long organisationId, int max) {
    return em.createNamedQuery("OutboxStatement.listDue", OutboxStatement.class)
        .setParameter("organisationId", organisationId)
        .setParameter("now", clock.now())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The organisation's statements in the order they were stored, after the one with id {@code
   * after}; statements about the future (an expiry to come) are not there yet.
   */
  public List<OutboxStatement> read(
      long organisationId, Instant since, String verb, String activity, long after, int max) {
    return em.createNamedQuery("OutboxStatement.listReadable", OutboxStatement.class)
        .setParameter("organisationId", organisationId)
        .setParameter("now", clock.now())
        .setParameter("since", since == null ? Instant.EPOCH : since)
        .setParameter("verb", verb)
        .setParameter("activity", activity)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }

  public java.util.Optional<OutboxStatement> find(long organisationId, String statementId) {
    return em.createNamedQuery("OutboxStatement.findByStatementId", OutboxStatement.class)
        .setParameter("organisationId", organisationId)
        .setParameter("statementId", statementId)
        .setParameter("now", clock.now())
        .getResultStream()
        .findFirst();
  }

  /** How many statements are pending, scheduled, sent and rejected. */
  public Map<String, Long> counts(long organisationId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String state : List.of("PENDING", "SCHEDULED", "SENT", "REJECTED")) {
      counts.put(state, 0L);
    }
    for (Object[] row :
        em.createNamedQuery("OutboxStatement.countByState", Object[].class)
            .setParameter("organisationId", organisationId)
            .setParameter("now", clock.now())
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** Unsent statements whose last try failed, oldest first: what the admin page lists. */
  public List<OutboxStatement> problems(long organisationId, int max) {
    return em.createNamedQuery("OutboxStatement.listProblems", OutboxStatement.class)
        .setParameter("organisationId", organisationId)
        .setMaxResults(max)
        .getResultList();
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
