package dk.tegn.core.security.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.AccountChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The statement behind {@link SignedInCaller}: the account, its organisation and every grant of an
 * enabled account by name. Plain JDBC on the data source: most requests (pages, the answer save)
 * run outside a transaction, where each JPA query went through Payara's non-transactional entity
 * manager (a new EclipseLink entity manager and report query per request) and cost about three
 * times the answer's own upsert (ops/BENCHMARKS.md section 9.3). Within a transaction the
 * connection joins it.
 *
 * <p>What it read is kept for a bound at most and forgotten as soon as this instance writes a
 * change of the account, its grants or its organisation ({@link AccountChanges}, whoever writes,
 * told again when the writing transaction has ended): a revoked role or a disabled account counts
 * on the next request here. The bound is for the changes this instance cannot see: in a cluster,
 * those of the other members ({@link #KEEP}, 5 s); alone ({@code tegn.instance.alone}, set by the
 * launcher and by ops/production/run-tegn without cluster members), only SQL written past JPA,
 * which Tegn has none of on these tables ({@link #ALONE_KEEP}, 10 minutes). Reading it on every
 * request was a second statement beside the answer save's one (section 9.4), and at an exam's pace
 * (an answer every 10 to 30 s) 5 s kept nothing: every save read it (section 9.12). An unknown or
 * disabled name is never kept.
 */
@ApplicationScoped
public class CallerRows implements AccountChanges.Listener {

  /**
   * How long a read is kept by default: the bound on a change made on another member of a cluster.
   * {@code tegn.caller.keep-seconds} ({@code TEGN_CALLER_KEEP_SECONDS}) sets another; 0 reads on
   * every request.
   */
  public static final Duration KEEP = Duration.ofSeconds(5);

  /**
   * How long a read is kept by an instance that runs alone and so is told of every change of its
   * own: a bound on memory and on a change written by SQL past JPA (DESIGN.md).
   */
  public static final Duration ALONE_KEEP = Duration.ofMinutes(10);

  /**
   * How long nothing is kept of an account after a change was told: JPA tells at the flush, before
   * the commit, and a read in flight may end after the change was told again at the end of the
   * transaction.
   */
  static final Duration CHANGE_WINDOW = Duration.ofSeconds(5);

  private long keepNanos;

  private final long windowNanos = CHANGE_WINDOW.toNanos();

  /** Beyond this many kept callers, the expired ones are dropped (at most once a second). */
  private static final int PRUNE_ABOVE = 20_000;

  /** Beyond this many, no other caller is kept: the memory bound of a long keep. */
  private static final int KEEP_AT_MOST = 50_000;

  private volatile long nextPrune;

  private static final String GRANTS =
      "SELECT a.id, a.username, a.organisation_id, g.role, o.id, o.national, a.locale,"
          + " home.default_locale, a.time_zone"
          + " FROM plt_account a JOIN plt_organisation home ON home.id = a.organisation_id"
          + " LEFT JOIN plt_role_grant g ON g.account_id = a.id"
          + " LEFT JOIN plt_organisation o ON o.id = g.organisation_id"
          + " WHERE a.username = ? AND a.enabled = TRUE LIMIT 10000";

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  private final LongSupplier nanoTime;

  /** The rows read for a name, the account they are of, until when they may be used. */
  private record Kept(List<Object[]> rows, long accountId, long until) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  /**
   * Accounts changed lately, until when nothing read of them is kept: JPA tells of a change when it
   * flushes, before the commit, so a read between the two still sees the old rows.
   */
  private final Map<Long, Long> changedUntil = new ConcurrentHashMap<>();

  private volatile long everyoneChangedUntil;

  public CallerRows() {
    this(null, System::nanoTime, KEEP);
  }

  /** For tests outside a container, with their own clock. */
  public CallerRows(DataSource dataSource, LongSupplier nanoTime, Duration keep) {
    this.dataSource = dataSource;
    this.nanoTime = nanoTime;
    this.keepNanos = keep.toNanos();
    this.everyoneChangedUntil = nanoTime.getAsLong();
    AccountChanges.listen(this);
  }

  @Inject
  void keepFor(
      @ConfigProperty(name = "tegn.caller.keep-seconds") Optional<Long> seconds,
      @ConfigProperty(name = "tegn.instance.alone", defaultValue = "false") boolean alone) {
    keepNanos = seconds.map(Duration::ofSeconds).orElse(alone ? ALONE_KEEP : KEEP).toNanos();
  }

  @Override
  public void accountChanged(long accountId) {
    // first the mark, then the removal: a read that kept its rows after the removal sees the mark
    long now = nanoTime.getAsLong();
    if (changedUntil.size() > PRUNE_ABOVE) {
      changedUntil.values().removeIf(until -> now - until >= 0);
    }
    changedUntil.put(accountId, now + windowNanos);
    kept.values().removeIf(k -> k.accountId() == accountId);
  }

  @Override
  public void everyAccountChanged() {
    everyoneChangedUntil = nanoTime.getAsLong() + windowNanos;
    kept.clear();
  }

  /**
   * One row per grant (one row with null role when none); empty when unknown or disabled. A row:
   * account id, username, organisation id, role, the grant's organisation id, whether that is
   * national, the account's language, its organisation's default language, its time zone.
   */
  public List<Object[]> of(String username) {
    long now = nanoTime.getAsLong();
    Kept k = kept.get(username);
    if (k != null && now - k.until() < 0) {
      return k.rows();
    }
    List<Object[]> rows = new ArrayList<>();
    boolean outsideTransaction = read(username, rows);
    // a transaction may read an older snapshot of the database than the latest commit
    if (!rows.isEmpty() && outsideTransaction && keepNanos > 0) {
      keep(username, new Kept(List.copyOf(rows), (Long) rows.get(0)[0], now + keepNanos));
    }
    return rows;
  }

  private void keep(String username, Kept rows) {
    if (kept.size() > PRUNE_ABOVE) {
      long now = nanoTime.getAsLong();
      if (now - nextPrune >= 0) {
        nextPrune = now + 1_000_000_000L;
        kept.values().removeIf(k -> now - k.until() >= 0);
      }
      if (kept.size() > KEEP_AT_MOST) {
        return;
      }
    }
    kept.put(username, rows);
    // kept first, checked after: a change told meanwhile either removed it or is seen here
    if (changedLately(rows.accountId())) {
      kept.remove(username, rows);
    }
  }

  private boolean changedLately(long accountId) {
    long now = nanoTime.getAsLong();
    Long until = changedUntil.get(accountId);
    return now - everyoneChangedUntil < 0 || (until != null && now - until < 0);
  }

  /** Reads into {@code rows}; whether that was outside a transaction. */
  private boolean read(String username, List<Object[]> rows) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(GRANTS)) {
      boolean outsideTransaction = connection.getAutoCommit();
      select.setString(1, username);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          String role = r.getString(4);
          rows.add(
              new Object[] {
                r.getLong(1),
                r.getString(2),
                r.getLong(3),
                role == null ? null : Role.valueOf(role),
                role == null ? null : r.getLong(5),
                role == null ? null : r.getBoolean(6),
                r.getString(7),
                r.getString(8),
                r.getString(9)
              });
        }
      }
      return outsideTransaction;
    } catch (SQLException e) {
      throw new IllegalStateException("the caller's grants could not be read", e);
    }
  }
}
