package dk.tegn.intake;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Intake's pages in the main menu. "Refer a case" itself is in the layout on every page; here are
 * the referrer's status page, the officers' queue (their home page), the coordinators' statistics
 * and the admins' routing pages.
 */
@ApplicationScoped
public class IntakeNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(Messages.INTAKE, "nav.mine", "/refer/mine.xhtml", null, 80),
        new NavigationItem(
            Messages.INTAKE, "nav.queue", "/intake/queue.xhtml", Role.INTAKE_OFFICER, 30),
        // the statistics and routing belong to the centre: its coordinators and admins only
        new NavigationItem(
            Messages.INTAKE,
            "nav.statistics",
            "/intake-statistics/overview.xhtml",
            Role.COORDINATOR,
            60,
            true),
        new NavigationItem(
            Messages.INTAKE, "nav.routing", "/admin/intake/routing.xhtml", Role.ADMIN, 92, true));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage(Role.INTAKE_OFFICER, "/intake/queue.xhtml"));
  }
}
