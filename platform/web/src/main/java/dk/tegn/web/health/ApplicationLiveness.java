package dk.tegn.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers and its database does: Tegn without its database serves
 * nothing but errors, so a supervisor (the launcher restarts its embedded MariaDB; an orchestrator
 * restarts the pod) must see it (issue 16, defect 4). The check asks the pool, which gives up
 * within seconds on a dead database.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/tegn")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection c = dataSource.getConnection()) {
      database = c.isValid(2);
    } catch (Exception e) {
      database = false;
    }
    return HealthCheckResponse.named("tegn")
        .status(database)
        .withData("database", database)
        .build();
  }
}
