package dk.tegn.core.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person in from a Faces action with a name and password, through the application's own
 * authentication mechanism (its throttle and audit included): the sign-in page, and a page where
 * someone has just chosen their password.
 */
public final class PasswordSignIn {

  private PasswordSignIn() {}

  /**
   * The security context is looked up, not injected, so that a view-scoped page bean keeps no
   * reference to it in its state.
   */
  public static AuthenticationStatus authenticate(String username, String password) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return CDI.current()
        .select(SecurityContext.class)
        .get()
        .authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
  }
}
