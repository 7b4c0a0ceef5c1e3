package dk.tegn.courses.packaging;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.testing.SampleCourses;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The package tests' access to the test MariaDB: a unit with the courses and the assessments
 * entities, and the courses tests' wiring of services ({@link TestBeans}) for one transaction.
 */
final class PackagingKit {

  private static EntityManagerFactory emf;

  private PackagingKit() {}

  static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      emf = JpaTestSupport.entityManagerFactory("tegn-packaging-test");
    }
    return emf;
  }

  /** Runs work in its own committed transaction as {@code caller}. */
  static <T> T as(CurrentCaller caller, Function<TestBeans, T> work) {
    return JpaTestSupport.inTransaction(emf(), em -> work.apply(beans(em, caller)));
  }

  /** Runs work as {@code caller} and rolls it back, whatever happens. */
  static <T> T rolledBack(CurrentCaller caller, Function<TestBeans, T> work) {
    EntityManager em = emf().createEntityManager();
    try {
      em.getTransaction().begin();
      return work.apply(beans(em, caller));
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  private static TestBeans beans(EntityManager em, CurrentCaller caller) {
    try {
      // TestBeans wires like CDI; its constructor is package-private to the courses test kit
      Constructor<TestBeans> c =
          TestBeans.class.getDeclaredConstructor(
              EntityManager.class, List.class, List.class, List.class);
      c.setAccessible(true);
      return c.newInstance(
          em,
          List.of(caller, new PlatformClock(Clock.fixed(SampleCourses.NOW, ZoneOffset.UTC))),
          List.of(),
          new ArrayList<>());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The intake module's current indicator catalogue, read from its source (courses does not depend
   * on intake); IndicatorCatalogue.CURRENT_RESOURCE names the same file.
   */
  static final Path CATALOGUE =
      Path.of("../platform/intake/src/main/resources/dk/tegn/intake/catalogue/indicators-v3.json");

  /** The dimension and indicator keys of the intake module's catalogue, read from its source. */
  static Set<String> catalogueKeys() {
    Set<String> keys = new HashSet<>();
    try (Reader in = Files.newBufferedReader(CATALOGUE)) {
      JsonObject root = JSON.createReader(in).readObject();
      for (JsonValue d : root.getJsonArray("dimensions")) {
        keys.add(d.asJsonObject().getString("key"));
        for (JsonValue i : d.asJsonObject().getJsonArray("indicators")) {
          keys.add(i.asJsonObject().getString("key"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}
