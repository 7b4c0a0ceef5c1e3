package dk.tegn.lti.registration.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** LTI platforms in the administrator's menu. */
@ApplicationScoped
public class LtiNavigation implements NavigationContribution {

  public static final String PAGE = "/admin/lti.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(new NavigationItem(Messages.LTI, "lti.admin.nav", PAGE, Role.ADMIN, 99));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
