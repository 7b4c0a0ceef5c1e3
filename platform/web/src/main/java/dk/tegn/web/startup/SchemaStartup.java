package dk.tegn.web.startup;

import dk.tegn.core.schema.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Migrates every module's schema before anything else touches the database. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    int applied =
        SchemaMigrator.migrate(dataSource, Thread.currentThread().getContextClassLoader());
    LOG.info(() -> "schema up to date; " + applied + " migration(s) applied at this start");
  }
}
