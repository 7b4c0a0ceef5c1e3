package dk.tegn.web.layout;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's own menu entries and the administrator's home page. */
@ApplicationScoped
public class PlatformNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            Messages.PLATFORM, "home.admin", "/admin/accounts.xhtml", Role.ADMIN, 90),
        new NavigationItem(
            Messages.PLATFORM,
            "admin_organisations.nav",
            "/admin/organisations.xhtml",
            Role.ADMIN,
            91));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage(Role.ADMIN, "/admin/accounts.xhtml"));
  }
}
