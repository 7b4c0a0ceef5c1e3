package dk.tegn.core.sso.control;

import dk.tegn.core.sso.SsoCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Accepts the {@link SsoCredential} of a single sign-on that passed; any other credential is left
 * to the password store.
 */
@ApplicationScoped
public class SsoIdentityStore implements IdentityStore {

  @Override
  public CredentialValidationResult validate(Credential credential) {
    return credential instanceof SsoCredential signedIn
        ? new CredentialValidationResult(signedIn.username(), signedIn.roles())
        : CredentialValidationResult.NOT_VALIDATED_RESULT;
  }
}
