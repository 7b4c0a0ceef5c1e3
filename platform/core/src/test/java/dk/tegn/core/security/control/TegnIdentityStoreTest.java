package dk.tegn.core.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.core.security.SignInBusyException;
import dk.tegn.core.security.control.Authenticator.Result;
import dk.tegn.core.security.control.Authenticator.Status;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the container's authentication sees of a sign-in's outcome. */
class TegnIdentityStoreTest {

  static IdentityStore storeAnswering(Status status) {
    TegnIdentityStore store = new TegnIdentityStore();
    store.authenticator =
        new Authenticator() {
          @Override
          public Result authenticate(String username, String password) {
            return new Result(
                status, 1L, Set.of("TRAINEE"), status == Authenticator.Status.BUSY ? 7 : 0);
          }
        };
    return store;
  }

  @Test
  void aBusyRefusalReachesTheMechanismAsItselfSoItCanAnswer503() {
    Credential credential = new UsernamePasswordCredential("someone", "secret");
    SignInBusyException busy =
        assertThrows(
            SignInBusyException.class, () -> storeAnswering(Status.BUSY).validate(credential));
    assertEquals(7, busy.retryAfterSeconds(), "the line's length reaches the Retry-After");
  }

  @Test
  void aValidSignInCarriesTheRolesAsGroups() {
    CredentialValidationResult result =
        storeAnswering(Status.VALID).validate(new UsernamePasswordCredential("someone", "x"));
    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
    assertEquals(Set.of("TRAINEE"), result.getCallerGroups());
  }
}
