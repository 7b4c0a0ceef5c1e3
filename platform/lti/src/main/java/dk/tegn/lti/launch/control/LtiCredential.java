package dk.tegn.lti.launch.control;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of a launch that {@link Launches} has verified: only this package can make one,
 * and only after the id_token's signature, issuer, audience, times, nonce, state and deployment
 * were checked. {@link LtiIdentityStore} turns it into the account's sign-in.
 */
public final class LtiCredential implements Credential {

  private final String username;

  LtiCredential(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }
}
