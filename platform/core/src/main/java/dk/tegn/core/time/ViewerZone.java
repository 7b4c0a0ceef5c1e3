package dk.tegn.core.time;

import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.ZoneId;

/**
 * The time zone dates and times are shown in to the person viewing the page: the one they chose on
 * their profile, else their organisation's, else {@link #DEFAULT}. Times are kept in UTC; this is
 * only how they are read.
 */
@RequestScoped
public class ViewerZone {

  /** Where Tegn's organisations are, unless one chose another zone. */
  public static final ZoneId DEFAULT = ZoneId.of("Europe/Copenhagen");

  @Inject CurrentCaller caller;
  @Inject Instance<OrganisationZones> organisations;

  private ZoneId zone;

  public ZoneId zone() {
    if (zone == null) {
      zone = caller.chosenZone().orElseGet(this::organisationZone);
    }
    return zone;
  }

  /** The zone of the viewer's organisation, whatever they chose for themselves. */
  public ZoneId organisationZone() {
    return caller.isAuthenticated() && organisations.isResolvable()
        ? organisations.get().zoneOf(caller.organisationId())
        : DEFAULT;
  }

  /** The person's own zone when they chose one, else the given organisation's. */
  public ZoneId zoneOr(ZoneId organisationZone) {
    return caller.chosenZone().orElse(organisationZone);
  }
}
