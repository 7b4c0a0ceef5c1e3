package dk.tegn.core.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller of every module's tests: an account (null: nobody signed in) of an organisation,
 * holding grants; national, as in the application, for a role granted in an organisation of {@code
 * nationalOrganisations}.
 */
public record TestCaller(
    Long id,
    String username,
    long organisationId,
    Set<Grant> grants,
    Set<Long> nationalOrganisations)
    implements CurrentCaller {

  public static TestCaller anonymous() {
    return new TestCaller(null, null, 0, Set.of(), Set.of());
  }

  /** An account holding the roles in its own organisation. */
  public static TestCaller of(long accountId, long organisationId, Role... roles) {
    return granted(
        accountId,
        organisationId,
        Arrays.stream(roles).map(r -> new Grant(r, organisationId)).toArray(Grant[]::new));
  }

  /** An account holding the role in its own organisation, which is national (sees all). */
  public static TestCaller national(long accountId, long organisationId, Role role) {
    return new TestCaller(
        accountId,
        "account-" + accountId,
        organisationId,
        Set.of(new Grant(role, organisationId)),
        Set.of(organisationId));
  }

  /** An account of one organisation holding grants in any organisations, none national. */
  public static TestCaller granted(long accountId, long organisationId, Grant... grants) {
    return new TestCaller(
        accountId,
        "account-" + accountId,
        organisationId,
        Arrays.stream(grants).collect(Collectors.toUnmodifiableSet()),
        Set.of());
  }

  /** The same caller, national where it holds a grant in one of these organisations. */
  public TestCaller nationalIn(Long... organisations) {
    return new TestCaller(id, username, organisationId, grants, Set.of(organisations));
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
  public boolean isNational(Role role) {
    return grants.stream()
        .anyMatch(g -> g.role() == role && nationalOrganisations.contains(g.organisationId()));
  }
}
