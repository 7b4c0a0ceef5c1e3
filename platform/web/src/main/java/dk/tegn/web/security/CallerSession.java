package dk.tegn.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the session remembers of a signed-in caller. Serializable: sessions are replicated in a
 * cluster.
 */
public record CallerSession(String username, Set<String> roles) implements Serializable {

  static final String ATTRIBUTE = CallerSession.class.getName();
}
