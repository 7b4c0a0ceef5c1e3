package dk.tegn.web.coordination.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Coordinators land on the completion dashboard; admins reach the outbox. */
@ApplicationScoped
public class CoordinationNavigation implements NavigationContribution {

  public static final String DASHBOARD = "/coordination/dashboard.xhtml";
  public static final String OUTBOX = "/admin/outbox.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.dashboard", DASHBOARD, Role.COORDINATOR, 40),
        new NavigationItem(Messages.PLATFORM, "coordination_nav.outbox", OUTBOX, Role.ADMIN, 91));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage(Role.COORDINATOR, DASHBOARD));
  }
}
