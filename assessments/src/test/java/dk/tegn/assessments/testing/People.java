package dk.tegn.assessments.testing;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.testing.JpaTestSupport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.UUID;

/** Organisations and accounts with unique codes, since all tests of the JVM share one database. */
public final class People {

  private People() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Organisation organisation(EntityManagerFactory emf) {
    return JpaTestSupport.inTransaction(
        emf,
        em -> {
          Organisation o =
              new Organisation(
                  unique("org"), "Org", "da", false, Instant.parse("2026-01-01T00:00:00Z"));
          em.persist(o);
          return o;
        });
  }

  public static long account(EntityManagerFactory emf, Organisation organisation) {
    return JpaTestSupport.inTransaction(
        emf,
        em -> {
          Account a =
              new Account(
                  unique("u"),
                  "Test Person",
                  null,
                  em.merge(organisation),
                  "hash",
                  Instant.parse("2026-01-01T00:00:00Z"));
          em.persist(a);
          em.flush();
          return a.getId();
        });
  }
}
