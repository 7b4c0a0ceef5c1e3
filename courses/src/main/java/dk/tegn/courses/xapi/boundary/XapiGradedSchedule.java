package dk.tegn.courses.xapi.boundary;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.courses.xapi.control.GradedAttemptStatements;
import dk.tegn.courses.xapi.control.StartedAttemptStatements;
import dk.tegn.courses.xapi.control.XapiRun;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Every 5 seconds, records the statements of what was graded since (on one instance of a cluster):
 * at most {@link #MAX_BATCHES} batches a run, so an exam's rush of submits is recorded at a bounded
 * rate beside the saves instead of inside each submit. The batches of a run share what they have
 * handled ({@link XapiRun}), so batches 2 to 10 do not look the same minute's attempts up again.
 */
@Singleton
public class XapiGradedSchedule {

  /** Batches per run: up to 2,000 attempts every 5 s. */
  private static final int MAX_BATCHES = 10;

  @Inject GradedAttemptStatements statements;
  @Inject StartedAttemptStatements started;
  @Inject JobLeases leases;

  /** Each batch in a transaction of its own, which holds the cursor's row until it commits. */
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void recordGraded() {
    if (!leases.acquire("xapi-graded", Duration.ofSeconds(4))) {
      return;
    }
    XapiRun run = new XapiRun();
    for (int i = 0; i < MAX_BATCHES && statements.recordBatch(run) == statements.batch(); i++) {
      // a full batch: more may be waiting
    }
  }

  /**
   * The attempted statements of what was started since, as the graded ones (a run's batches sharing
   * what they have handled the same way): an exam's starts at the signal no longer make them in
   * their own transactions (ops/BENCHMARKS.md §3).
   */
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void recordStarted() {
    if (!leases.acquire("xapi-started", Duration.ofSeconds(4))) {
      return;
    }
    XapiRun run = new XapiRun();
    for (int i = 0; i < MAX_BATCHES && started.recordBatch(run) == started.batch(); i++) {
      // a full batch: more may be waiting
    }
  }
}
