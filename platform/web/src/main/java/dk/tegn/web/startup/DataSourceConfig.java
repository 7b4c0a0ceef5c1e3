package dk.tegn.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Tegn's only data source. Address and credentials come from MicroProfile Config: the launcher's
 * system properties, or the environment (TEGN_DB_URL, TEGN_DB_USER, TEGN_DB_PASSWORD).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/tegn",
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
      "useServerPrepStmts=false",
      // Payara carries OpenTelemetry's API, so the driver would open a span per statement for
      // nobody to collect; request tracing, where wanted, is Payara's own
      "openTelemetry=DISABLED"
    })
@Singleton
@Startup
public class DataSourceConfig {}
