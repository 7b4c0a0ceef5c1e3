package dk.tegn.assessments.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Set;

/** A signed-in caller for service tests: an account in an organisation with some grants. */
public record TestCaller(long accountId, long organisationId, Set<Grant> grants, Set<Long> national)
    implements CurrentCaller {

  public static TestCaller of(long accountId, long organisationId, Role... roles) {
    Set<Grant> grants = new java.util.HashSet<>();
    for (Role role : roles) {
      grants.add(new Grant(role, organisationId));
    }
    return new TestCaller(accountId, organisationId, Set.copyOf(grants), Set.of());
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
    return organisationsWith(role).stream().anyMatch(national::contains);
  }
}
