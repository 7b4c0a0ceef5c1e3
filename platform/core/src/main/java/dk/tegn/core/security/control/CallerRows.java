package dk.tegn.core.security.control;

import dk.tegn.core.account.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The statement behind {@link SignedInCaller}: the account, its organisation and every grant of an
 * enabled account by name, read on every request. Plain JDBC on the data source: most requests
 * (pages, the answer save) run outside a transaction, where each JPA query went through Payara's
 * non-transactional entity manager (a new EclipseLink entity manager and report query per request)
 * and cost about three times the answer's own upsert (ops/BENCHMARKS.md section 9.3). Within a
 * transaction the connection joins it.
 */
@ApplicationScoped
public class CallerRows {

  private static final String GRANTS =
      "SELECT a.id, a.username, a.organisation_id, g.role, o.id, o.national, a.locale,"
          + " home.default_locale, a.time_zone"
          + " FROM plt_account a JOIN plt_organisation home ON home.id = a.organisation_id"
          + " LEFT JOIN plt_role_grant g ON g.account_id = a.id"
          + " LEFT JOIN plt_organisation o ON o.id = g.organisation_id"
          + " WHERE a.username = ? AND a.enabled = TRUE LIMIT 10000";

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  public CallerRows() {}

  /** For tests outside a container. */
  public CallerRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * One row per grant (one row with null role when none); empty when unknown or disabled. A row:
   * account id, username, organisation id, role, the grant's organisation id, whether that is
   * national, the account's language, its organisation's default language, its time zone.
   */
  public List<Object[]> of(String username) {
    List<Object[]> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(GRANTS)) {
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
    } catch (SQLException e) {
      throw new IllegalStateException("the caller's grants could not be read", e);
    }
    return rows;
  }
}
