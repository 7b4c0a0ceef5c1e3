package dk.tegn.web.home;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import dk.tegn.web.layout.NavigationBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Backs / and /home.xhtml: sends the caller to their role's home page, and is itself the home of
 * roles whose module provides none yet.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject CurrentCaller caller;
  @Inject OwnAccount ownAccount;
  @Inject NavigationBacking navigation;

  public void goHome() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + navigation.getHomeOutcome());
  }

  public String getDisplayName() {
    return ownAccount.current().getDisplayName();
  }

  public List<Role> getRoles() {
    return caller.grants().stream().map(Grant::role).distinct().sorted().toList();
  }

  public boolean has(String role) {
    return caller.hasRole(Role.valueOf(role));
  }
}
