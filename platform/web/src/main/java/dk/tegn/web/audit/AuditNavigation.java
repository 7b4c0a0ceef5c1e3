package dk.tegn.web.audit;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit log in the administrator's menu. */
@ApplicationScoped
public class AuditNavigation implements NavigationContribution {

  public static final String AUDIT = "/admin/audit.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(new NavigationItem(Messages.PLATFORM, "admin_audit.nav", AUDIT, Role.ADMIN, 94));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of();
  }
}
