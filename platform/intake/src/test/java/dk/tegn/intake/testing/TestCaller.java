package dk.tegn.intake.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Set;

/** A signed-in caller for tests; {@code nationalOrganisations} are the ids marked national. */
public record TestCaller(
    Long id, String username, long organisation, Set<Grant> grants, Set<Long> nationalOrganisations)
    implements CurrentCaller {

  public static TestCaller anonymous() {
    return new TestCaller(null, null, 0, Set.of(), Set.of());
  }

  @Override
  public boolean isAuthenticated() {
    return id != null;
  }

  @Override
  public long accountId() {
    if (id == null) {
      throw new AccessDeniedException("not signed in");
    }
    return id;
  }

  @Override
  public long organisationId() {
    return organisation;
  }

  @Override
  public boolean isNational(Role role) {
    return grants.stream()
        .anyMatch(g -> g.role() == role && nationalOrganisations.contains(g.organisationId()));
  }
}
