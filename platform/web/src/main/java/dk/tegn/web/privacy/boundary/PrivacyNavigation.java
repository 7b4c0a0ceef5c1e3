package dk.tegn.web.privacy.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Privacy (records of processing, retention) in the administrator's menu. */
@ApplicationScoped
public class PrivacyNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            Messages.PLATFORM, "privacy_admin.nav", "/admin/privacy.xhtml", Role.ADMIN, 96));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
