package dk.tegn.core.sso;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A caller whom an organisation's provider vouched for and whom Tegn has provisioned: made only by
 * the single sign-on callback after every check of the ID token passed, and handed to {@code
 * SecurityContext.authenticate} so the caller gets an ordinary Tegn session.
 */
public record SsoCredential(String username, Set<String> roles) implements Credential {}
