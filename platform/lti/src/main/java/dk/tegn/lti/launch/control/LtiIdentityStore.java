package dk.tegn.lti.launch.control;

import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in the account of a verified LTI launch, with the roles it holds; a disabled or locked
 * account is refused as at the login form. Other credentials are not this store's.
 */
@ApplicationScoped
public class LtiIdentityStore implements IdentityStore {

  @Inject AccountDirectory accounts;
  @Inject PlatformClock clock;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof LtiCredential lti)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account = accounts.findByUsername(lti.username());
    if (account.isEmpty() || !account.get().isEnabled() || account.get().isLocked(clock.now())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> roles =
        account.get().getGrants().stream()
            .map(RoleGrant::getRole)
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    return new CredentialValidationResult(account.get().getUsername(), roles);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}
