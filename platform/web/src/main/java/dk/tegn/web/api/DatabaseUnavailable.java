package dk.tegn.web.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached": a connection the driver could
 * not open or lost (SQL state class 08, or the JDBC connection exceptions), or the pool's refusal
 * to hand out a connection. Such a request changed nothing, so the API answers 503 with
 * Retry-After.
 */
final class DatabaseUnavailable {

  static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  static boolean isCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // Payara's pool: "Error in allocating a connection" (a ResourceException, no SQL state)
      String name = t.getClass().getName();
      if (name.endsWith(".PoolingException") || name.endsWith("ResourceAllocationException")) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getMessage() != null
          && sql.getMessage().contains("Error in allocating a connection")) {
        return true;
      }
    }
    return false;
  }
}
