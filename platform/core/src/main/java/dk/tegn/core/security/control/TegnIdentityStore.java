package dk.tegn.core.security.control;

import dk.tegn.core.security.SignInBusyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The database identity store: accounts, password hashes and role grants (roles become groups).
 * Throws {@link SignInBusyException} when the password could not be checked in time.
 */
@ApplicationScoped
public class TegnIdentityStore implements IdentityStore {

  @Inject Authenticator authenticator;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Authenticator.Result result =
        authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString());
    if (result.status() == Authenticator.Status.BUSY) {
      throw new SignInBusyException();
    }
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(credential.getCaller(), result.roles());
  }
}
