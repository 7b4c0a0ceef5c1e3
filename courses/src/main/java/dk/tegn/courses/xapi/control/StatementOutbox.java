package dk.tegn.courses.xapi.control;

import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The durable outbox of statements. A statement is stored in the transaction of the event that
 * caused it, so it exists exactly when its cause does; storing one whose id is already there
 * changes nothing.
 */
@ApplicationScoped
@Transactional
public class StatementOutbox {

  // the no-op update keeps the first statement of an id: the same event never makes two
  private static final String STORE =
      "INSERT INTO crs_xapi_statement (statement_id, organisation_id, verb, activity_id, body,"
          + " stored_at, due_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"
          + " ON DUPLICATE KEY UPDATE statement_id = statement_id";

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
    Instant now = clock.now();
    Instant due = Instant.parse(statement.getString("timestamp"));
    em.createNativeQuery(STORE)
        .setParameter(1, statement.getString("id"))
        .setParameter(2, organisationId)
        .setParameter(3, statement.getJsonObject("verb").getString("id"))
        .setParameter(4, statement.getJsonObject("object").getString("id"))
        .setParameter(5, statement.toString())
        .setParameter(6, utc(now))
        .setParameter(7, utc(due))
        .setParameter(8, utc(due.isAfter(now) ? due : now))
        .executeUpdate();
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

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
