package dk.tegn.web.startup;

import dk.tegn.core.schema.SchemaMigrator;
import dk.tegn.core.schema.SchemaStamp;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Migrates every module's schema before anything else touches the database. With a stamp file named
 * ({@code tegn.schema.stamp.file} and the build's name {@code tegn.schema.stamp.build}: the
 * launcher sets both), Flyway is not run when this build already migrated the very history the
 * database holds ({@link SchemaStamp}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tegn.schema.stamp.file")
  Optional<String> stampFile;

  @Inject
  @ConfigProperty(name = "tegn.schema.stamp.build")
  Optional<String> stampBuild;

  @PostConstruct
  void migrate() {
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    if (stampFile.isPresent() && stampBuild.isPresent()) {
      SchemaStamp.Outcome outcome =
          SchemaStamp.migrate(dataSource, classLoader, Path.of(stampFile.get()), stampBuild.get());
      LOG.info(
          () ->
              outcome.skipped()
                  ? "schema up to date: this build migrated the same history before (stamp "
                      + stampFile.get()
                      + "); Flyway not run"
                  : "schema up to date; "
                      + outcome.applied()
                      + " migration(s) applied at this start");
      return;
    }
    int applied = SchemaMigrator.migrate(dataSource, classLoader);
    LOG.info(() -> "schema up to date; " + applied + " migration(s) applied at this start");
  }
}
