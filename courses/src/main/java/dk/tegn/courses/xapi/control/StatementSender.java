package dk.tegn.courses.xapi.control;

import dk.tegn.core.time.BackOff;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.xapi.entity.LrsSettings;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends each organisation's due statements to its LRS in batches. A statement is marked sent only
 * after the LRS stored it; a crash in between sends it again under the same id, which an LRS stores
 * once. When the LRS cannot be reached or answers with an error of its own, the batch waits and is
 * tried again, a little later each time (5 s, 10 s, 20 s … at most 10 minutes). A batch the LRS
 * refuses as a whole is sent statement by statement, so only a statement the LRS itself rejects is
 * set aside (and shown on the admin page); the rest go through.
 */
@ApplicationScoped
public class StatementSender {

  private static final Logger LOG = Logger.getLogger(StatementSender.class.getName());

  static final int BATCH = 50;
  static final BackOff BACK_OFF = new BackOff(Duration.ofSeconds(5), Duration.ofMinutes(10));

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject StatementOutbox outbox;
  @Inject LrsSecrets secrets;

  LrsClient client = new LrsClient();

  /** Organisations whose LRS is switched on. */
  @Transactional
  public List<Long> organisationsToSend() {
    return em
        .createNamedQuery("LrsSettings.listEnabled", LrsSettings.class)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(LrsSettings::getOrganisationId)
        .toList();
  }

  /**
   * Sends one batch of the organisation's due statements; true when a full batch went through and
   * more may be waiting.
   */
  @Transactional
  public boolean sendBatch(long organisationId) {
    LrsSettings lrs = em.find(LrsSettings.class, organisationId);
    if (lrs == null || !lrs.isEnabled()) {
      return false;
    }
    List<OutboxStatement> batch = outbox.due(organisationId, BATCH);
    if (batch.isEmpty()) {
      return false;
    }
    try {
      String secret = secrets.open(lrs.getSecretSealed(), organisationId);
      LrsClient.Answer answer =
          client.post(
              lrs.statementsUri(),
              lrs.getKey(),
              secret,
              batch.stream()
                  .map(OutboxStatement::getBody)
                  .collect(Collectors.joining(",", "[", "]")));
      if (answer.stored()) {
        batch.forEach(s -> s.sent(clock.now()));
        LOG.info(() -> batch.size() + " statement(s) of organisation " + organisationId + " sent");
        return batch.size() == BATCH;
      }
      if (answer.status() == 400 || answer.status() == 409 || answer.status() == 413) {
        return oneByOne(lrs, secret, batch);
      }
      wait(batch, "LRS answered " + answer.status() + ": " + answer.body());
    } catch (IOException | RuntimeException e) {
      wait(batch, "LRS not reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      wait(batch, "interrupted");
    }
    return false;
  }

  private boolean oneByOne(LrsSettings lrs, String secret, List<OutboxStatement> batch)
      throws IOException, InterruptedException {
    for (OutboxStatement s : batch) {
      LrsClient.Answer answer =
          client.put(lrs.statementsUri(), lrs.getKey(), secret, s.getStatementId(), s.getBody());
      if (answer.stored() || answer.status() == 409) {
        // 409: the LRS holds a statement of this id already, i.e. an earlier send got through
        s.sent(clock.now());
      } else if (answer.status() == 400) {
        s.rejected(clock.now(), "LRS rejected the statement: " + answer.body());
        LOG.warning(() -> "statement " + s.getStatementId() + " rejected: " + answer.body());
      } else {
        wait(List.of(s), "LRS answered " + answer.status() + ": " + answer.body());
        return false;
      }
    }
    return false;
  }

  private void wait(List<OutboxStatement> batch, String error) {
    for (OutboxStatement s : batch) {
      s.failed(clock.now(), error, backOff(s.getAttempts()));
    }
    LOG.log(Level.WARNING, "xAPI statements wait for the LRS: {0}", error);
  }

  /** 5 s after the first failure, doubling, never more than 10 minutes. */
  static Duration backOff(int failuresSoFar) {
    return BACK_OFF.after(failuresSoFar + 1);
  }
}
