package dk.tegn.web.sso.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Single sign-on in the administrator's menu. */
@ApplicationScoped
public class SsoNavigation implements NavigationContribution {

  public static final String SSO = "/admin/sso.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(new NavigationItem(Messages.PLATFORM, "admin_sso.nav", SSO, Role.ADMIN, 98));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
