package dk.tegn.courses.packaging.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import java.util.Set;

/**
 * The demo trainer, for trusted platform code that runs with nobody signed in (the demo seeder at
 * start): the assessments module checks its caller when a bank is imported.
 */
record ActingCaller(long accountId, long organisationId) implements CurrentCaller {

  @Override
  public boolean isAuthenticated() {
    return true;
  }

  @Override
  public String username() {
    return "account-" + accountId;
  }

  @Override
  public Set<Grant> grants() {
    return Set.of(new Grant(Role.TRAINER, organisationId));
  }

  @Override
  public boolean isNational(Role role) {
    return false;
  }
}
