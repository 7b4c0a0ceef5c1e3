package dk.tegn.web.xapi;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Learning records (xAPI) in the administrator's menu. */
@ApplicationScoped
public class XapiNavigation implements NavigationContribution {

  public static final String XAPI = "/admin/xapi.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(new NavigationItem(Messages.PLATFORM, "admin_xapi.nav", XAPI, Role.ADMIN, 97));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
