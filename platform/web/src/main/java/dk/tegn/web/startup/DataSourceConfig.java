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
      // the driver parses a statement's text once per connection only up to this length (256 by
      // default): the answer upsert and the caller's grants are longer, and were parsed on every
      // request (3 % of a save's CPU, ops/BENCHMARKS.md section 9)
      "prepStmtCacheSqlLimit=4096",
      "prepStmtCacheSize=250",
      "useServerPrepStmts=false",
      // Payara carries OpenTelemetry's API, so the driver would open a span per statement for
      // nobody to collect; request tracing, where wanted, is Payara's own
      "openTelemetry=DISABLED",
      // a dead database must answer quickly (the API maps it to 503 with Retry-After, issue 16
      // defect 4): the driver gives up connecting after 3 s, the pool waits at most 5 s for a
      // connection (Payara's default is 60 s), checks a connection before handing it out and,
      // when one is bad, drops them all, so a restarted database is used at once
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
public class DataSourceConfig {}
