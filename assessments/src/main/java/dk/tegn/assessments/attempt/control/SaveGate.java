package dk.tegn.assessments.attempt.control;

import dk.tegn.core.problem.BoundedLine;
import dk.tegn.core.problem.BusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a bounded number of answer saves run at once and refuses, after a bounded wait, the ones
 * that cannot get a turn: an overloaded box then answers "busy, try again" within the bound instead
 * of letting saves queue for database connections until the browser gives up. The permits stay
 * below the connection pool (32), so page views and starts still get connections during a storm.
 */
@ApplicationScoped
public class SaveGate {

  /** The least a refused client is told to wait before it saves again; longer when the line is. */
  public static final int RETRY_AFTER_SECONDS = 2;

  @Inject
  @ConfigProperty(name = "tegn.exam.saves.concurrent", defaultValue = "24")
  int concurrent;

  @Inject
  @ConfigProperty(name = "tegn.exam.saves.waitMillis", defaultValue = "5000")
  long waitMillis;

  private BoundedLine line;

  public SaveGate() {}

  /** For tests outside a container. */
  public SaveGate(int concurrent, long waitMillis) {
    this.concurrent = concurrent;
    this.waitMillis = waitMillis;
    init();
  }

  @PostConstruct
  void init() {
    // a save's time is learnt from the first ones; the guess only matters until then
    line = new BoundedLine(concurrent, waitMillis, 20, RETRY_AFTER_SECONDS);
  }

  /** How many saves run at once. */
  public int concurrent() {
    return concurrent;
  }

  /**
   * Runs {@code save} when a turn is free within the bound.
   *
   * @throws BusyException when no turn came, or would come, within the bound; nothing was saved
   */
  public <T> T save(Supplier<T> save) {
    return line.take(save, "saveBusy");
  }
}
