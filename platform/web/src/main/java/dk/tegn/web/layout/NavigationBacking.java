package dk.tegn.web.layout;

import dk.tegn.core.account.Role;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The menu and the home page, built from what every module contributes and the caller's roles.
 * Application-scoped: it keeps nothing of a request (the caller and the language are the request's,
 * through their proxies), so no bean is created per page.
 */
@Named
@ApplicationScoped
public class NavigationBacking {

  /** A menu entry ready to render (a class with getters: Jakarta EL 5 cannot read records). */
  public static final class Link {
    private final String label;
    private final String outcome;

    Link(String label, String outcome) {
      this.label = label;
      this.outcome = outcome;
    }

    public String getLabel() {
      return label;
    }

    public String getOutcome() {
      return outcome;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Link other && label.equals(other.label) && outcome.equals(other.outcome);
    }

    @Override
    public int hashCode() {
      return outcome.hashCode();
    }
  }

  /** Which role's home a caller with several roles lands on first. */
  static final List<Role> HOME_PRIORITY =
      List.of(Role.INTAKE_OFFICER, Role.COORDINATOR, Role.TRAINER, Role.ADMIN, Role.TRAINEE);

  @Inject Menus menus;
  @Inject CurrentCaller caller;
  @Inject LocaleBacking localeBacking;

  /** The caller's menu in the caller's language (the visible entries decided on every call). */
  public List<Link> getLinks() {
    return menus.links(localeBacking.getLocale(), this::visible);
  }

  private boolean visible(NavigationItem item) {
    if (item.role() == null) {
      return true;
    }
    return item.nationalOnly() ? caller.isNational(item.role()) : caller.hasRole(item.role());
  }

  /** The home page of the caller's most specific role. */
  public String getHomeOutcome() {
    return menus.home(HOME_PRIORITY, caller::hasRole, "/home.xhtml");
  }
}
