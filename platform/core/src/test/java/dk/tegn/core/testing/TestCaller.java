package dk.tegn.core.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Set;

/**
 * A caller for tests without a container: an account id, its organisation, its grants and the roles
 * it holds in a national organisation.
 */
public record TestCaller(
    long accountId, long organisationId, Set<Grant> grants, Set<Role> nationalRoles)
    implements CurrentCaller {

  public static TestCaller of(long accountId, long organisationId, Role role) {
    return new TestCaller(
        accountId, organisationId, Set.of(new Grant(role, organisationId)), Set.of());
  }

  public static TestCaller national(long accountId, long organisationId, Role role) {
    return new TestCaller(
        accountId, organisationId, Set.of(new Grant(role, organisationId)), Set.of(role));
  }

  @Override
  public boolean isAuthenticated() {
    return true;
  }

  @Override
  public String username() {
    return "test-" + accountId;
  }

  @Override
  public boolean isNational(Role role) {
    return nationalRoles.contains(role);
  }
}
