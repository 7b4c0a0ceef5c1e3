package dk.tegn.core.security.control;

import dk.tegn.core.security.SignInBusyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
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

  /**
   * Overridden so that the busy refusal reaches the authentication mechanism as itself: the
   * interface's default finds {@link #validate(UsernamePasswordCredential)} by reflection and wraps
   * what it throws in an IllegalStateException (a 500 instead of a 503 under load).
   */
  @Override
  public CredentialValidationResult validate(Credential credential) {
    return credential instanceof UsernamePasswordCredential password
        ? validate(password)
        : CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Authenticator.Result result =
        authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString());
    if (result.status() == Authenticator.Status.BUSY) {
      throw new SignInBusyException(result.retryAfterSeconds());
    }
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(credential.getCaller(), result.roles());
  }
}
