package dk.tegn.web.apikey.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** API keys in the administrator's menu. */
@ApplicationScoped
public class ApiKeysNavigation implements NavigationContribution {

  public static final String API_KEYS = "/admin/api-keys.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(Messages.PLATFORM, "admin_apikeys.nav", API_KEYS, Role.ADMIN, 95));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
