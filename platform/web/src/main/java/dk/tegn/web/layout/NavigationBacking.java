package dk.tegn.web.layout;

import dk.tegn.core.account.Role;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The menu and the home page, built from what every module contributes and the caller's roles. */
@Named
@RequestScoped
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

  @Inject Instance<NavigationContribution> contributions;
  @Inject CurrentCaller caller;
  @Inject LocaleBacking localeBacking;

  private List<Link> links;

  public List<Link> getLinks() {
    if (links == null) {
      Locale locale = localeBacking.getLocale();
      links =
          contributions.stream()
              .flatMap(c -> c.items().stream())
              .filter(this::visible)
              .sorted(Comparator.comparingInt(NavigationItem::order))
              .map(
                  item ->
                      new Link(
                          Messages.get(item.bundle(), locale, item.labelKey()), item.outcome()))
              .distinct()
              .toList();
    }
    return links;
  }

  private boolean visible(NavigationItem item) {
    if (item.role() == null) {
      return true;
    }
    return item.nationalOnly() ? caller.isNational(item.role()) : caller.hasRole(item.role());
  }

  /** The home page of the caller's most specific role. */
  public String getHomeOutcome() {
    List<HomePage> homes = contributions.stream().flatMap(c -> c.homePages().stream()).toList();
    for (Role role : HOME_PRIORITY) {
      if (caller.hasRole(role)) {
        for (HomePage home : homes) {
          if (home.role() == role) {
            return home.outcome();
          }
        }
      }
    }
    return "/home.xhtml";
  }
}
