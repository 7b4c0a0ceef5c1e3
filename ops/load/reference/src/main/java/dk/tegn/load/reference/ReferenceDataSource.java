package dk.tegn.load.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The same database, driver, pool size and driver properties as Tegn's own data source
 * (platform/web DataSourceConfig), so that the comparison measures the application, not the pool.
 * The reference's one table is created here if missing; Tegn never reads it.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/ratio",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=tegn.db.url}",
    user = "${MPCONFIG=tegn.db.user}",
    password = "${MPCONFIG=tegn.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "characterEncoding=UTF-8",
      "useSSL=false",
      "allowPublicKeyRetrieval=true",
      "rewriteBatchedStatements=true",
      "cachePrepStmts=true",
      "prepStmtCacheSqlLimit=4096",
      "prepStmtCacheSize=250",
      "useServerPrepStmts=false",
      "openTelemetry=DISABLED",
      "connectTimeout=3000",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
public class ReferenceDataSource {

  @Resource(lookup = "java:app/jdbc/ratio")
  DataSource dataSource;

  @PostConstruct
  void createTable() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // the shape of Tegn's asm_answer row: key, the response as JSON text, when it was saved
      s.execute(
          "CREATE TABLE IF NOT EXISTS ratio_ref_answer (attempt_id BIGINT NOT NULL, slot INT NOT"
              + " NULL, response TEXT NOT NULL, saved_at DATETIME(6) NOT NULL, PRIMARY KEY"
              + " (attempt_id, slot)) ENGINE=InnoDB");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create ratio_ref_answer", e);
    }
  }
}
