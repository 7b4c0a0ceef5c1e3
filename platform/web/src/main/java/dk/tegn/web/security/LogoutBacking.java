package dk.tegn.web.security;

import dk.tegn.web.sso.boundary.SsoSignOut;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Signs out: ends the session and returns to the login page, by way of the provider's sign-out when
 * the session came from a single sign-on.
 */
@Named
@RequestScoped
public class LogoutBacking {

  @Inject SsoSignOut ssoSignOut;

  public void logout() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<URI> provider = ssoSignOut.providerSignOut(request);
    request.logout();
    external.invalidateSession();
    if (provider.isPresent()) {
      SsoSignOut.goTo(provider.get(), (HttpServletResponse) external.getResponse());
      faces.responseComplete();
      return;
    }
    external.redirect(external.getRequestContextPath() + TegnAuthenticationMechanism.LOGIN_PAGE);
  }
}
