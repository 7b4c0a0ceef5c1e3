package dk.tegn.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The launcher's only JDBC use: one connection before Payara boots, so an unreachable database is
 * reported in one line instead of as a failed deployment deep in Payara's log.
 */
final class Jdbc {

  private static final int CONNECT_TIMEOUT_MS = 10_000;
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password\\d?=)[^&;)]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/:@]+):[^@/]*@");

  private Jdbc() {}

  /**
   * Opens a connection or throws a {@link LaunchException} that reads {@code Tegn cannot reach the
   * database at <url>: <short cause>}.
   */
  static Connection connect(String url, String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    // without it an unroutable host keeps the user waiting for the operating system's timeout
    props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    try {
      return DriverManager.getConnection(url, props);
    } catch (SQLException | RuntimeException e) {
      throw new LaunchException(
          "Tegn cannot reach the database at " + redact(url) + ": " + shortCause(e));
    }
  }

  /** Opens one connection and closes it again: proof that the WAR will reach the database. */
  static void check(String url, String user, String password) {
    try (Connection c = connect(url, user, password)) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new LaunchException(
          "Tegn cannot reach the database at " + redact(url) + ": " + shortCause(e));
    }
  }

  /** The URL as it may be printed: passwords written into it are masked. */
  static String redact(String url) {
    String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
    return USER_INFO.matcher(masked).replaceAll("//$1:****@");
  }

  /**
   * The first line of the exception, plus the innermost cause when it says something else: for a
   * refused connection Connector/J's "Communications link failure" alone does not say why.
   */
  static String shortCause(Throwable e) {
    String top = firstLine(e);
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root == e) {
      return top;
    }
    String inner = firstLine(root);
    if (!(root instanceof SQLException)) {
      inner = root.getClass().getSimpleName() + ": " + inner;
    }
    return top.equals(inner) ? top : top + " (" + inner + ")";
  }

  private static String firstLine(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message).strip();
  }
}
