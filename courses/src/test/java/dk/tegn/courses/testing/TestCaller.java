package dk.tegn.courses.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Set;

/** A signed-in caller for tests without a container. */
public record TestCaller(long accountId, long organisationId, Set<Grant> grants)
    implements CurrentCaller {

  public static TestCaller of(long accountId, long organisationId, Role... roles) {
    return new TestCaller(
        accountId,
        organisationId,
        java.util.Arrays.stream(roles)
            .map(r -> new Grant(r, organisationId))
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Override
  public boolean isAuthenticated() {
    return true;
  }

  @Override
  public String username() {
    return "account-" + accountId;
  }

  @Override
  public boolean isNational(Role role) {
    return false;
  }
}
