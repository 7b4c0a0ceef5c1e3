package dk.tegn.core.testing;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fixture of the tests that check who may see whom: organisations A and B, a national centre,
 * an account to make A's administrator, a person in A and a person in B. Names carry a random
 * suffix, so tests share one database without meeting each other's rows.
 */
public record TwoOrganisations(
    Organisation a,
    Organisation b,
    Organisation centre,
    Account adminOfA,
    Account personInA,
    Account personInB) {

  /** Persists the fixture inside the caller's transaction and flushes, so every id is known. */
  public static TwoOrganisations persistIn(EntityManager em, Instant now) {
    String s = UUID.randomUUID().toString().substring(0, 8);
    Organisation a = new Organisation("a-" + s, "A", "da", false, now);
    Organisation b = new Organisation("b-" + s, "B", "da", false, now);
    Organisation centre = new Organisation("n-" + s, "Centre", "da", true, now);
    Account adminOfA = new Account("admin-a-" + s, "Admin A", null, a, "h", now);
    Account personInA = new Account("person-a-" + s, "Person A", null, a, "h", now);
    Account personInB = new Account("person-b-" + s, "Person B", null, b, "h", now);
    List.of(a, b, centre).forEach(em::persist);
    List.of(adminOfA, personInA, personInB).forEach(em::persist);
    em.flush();
    return new TwoOrganisations(a, b, centre, adminOfA, personInA, personInB);
  }
}
