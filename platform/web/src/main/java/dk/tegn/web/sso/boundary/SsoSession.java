package dk.tegn.web.sso.boundary;

import java.io.Serializable;

/**
 * What the session remembers of a single sign-on, to sign out at the provider too. Serializable:
 * sessions are replicated in a cluster.
 */
public record SsoSession(long providerId, String idToken) implements Serializable {

  static final String ATTRIBUTE = SsoSession.class.getName();
}
