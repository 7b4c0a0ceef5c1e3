package dk.tegn.core.testing;

import dk.tegn.core.schema.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * EclipseLink in Java SE mode on the test MariaDB, with the schema built by the real Flyway
 * migrations of every module on the test class path. Each module's test persistence unit lists its
 * entity classes (SE mode does not scan jars).
 */
public final class JpaTestSupport {

  private static boolean migrated;

  private JpaTestSupport() {}

  public static synchronized EntityManagerFactory entityManagerFactory(String unitName) {
    if (!migrated) {
      SchemaMigrator.migrate(
          TestDatabase.dataSource(), Thread.currentThread().getContextClassLoader());
      migrated = true;
    }
    return Persistence.createEntityManagerFactory(
        unitName,
        Map.of(
            "jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver",
            "jakarta.persistence.jdbc.url", TestDatabase.url(),
            "jakarta.persistence.jdbc.user", TestDatabase.USER,
            "jakarta.persistence.jdbc.password", TestDatabase.PASSWORD,
            "jakarta.persistence.schema-generation.database.action", "none",
            "eclipselink.logging.level", "WARNING",
            // tests read what other entity managers committed
            "eclipselink.cache.shared.default", "false"));
  }

  /** Runs work in its own committed transaction and returns its result. */
  public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
    inTransaction(
        emf,
        em -> {
          work.accept(em);
          return null;
        });
  }
}
