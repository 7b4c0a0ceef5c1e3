package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.CoordinationSettings;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.ViewerZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * Instants on pages in the viewer's language and time zone: the one they chose on their profile,
 * else the organisation's (Europe/Copenhagen unless it chose another): {@code
 * #{dates.instant(m.createdAt)}} in the viewer's own organisation, {@code
 * #{dates.instantIn(k.createdAt, organisationId)}} in another one. Faces' own converter refuses
 * date and time styles for {@code Instant}, and the database keeps UTC.
 */
@Named("dates")
@RequestScoped
public class OrganisationDates {

  @Inject CoordinationSettings settings;
  @Inject CurrentCaller caller;
  @Inject LocaleBacking locale;
  @Inject ViewerZone viewer;

  private final Map<Long, ZoneId> zones = new HashMap<>();

  /** In the time zone of the viewer's organisation. */
  public String instant(Instant instant) {
    return instant == null ? "" : instantIn(instant, caller.organisationId());
  }

  /** In the time zone of the given organisation (the viewer's own when null). */
  public String instantIn(Instant instant, Long organisationId) {
    if (instant == null) {
      return "";
    }
    long organisation = organisationId == null ? caller.organisationId() : organisationId;
    ZoneId zone = viewer.zoneOr(zones.computeIfAbsent(organisation, settings::zoneOf));
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale.getLocale())
        .withZone(zone)
        .format(instant);
  }
}
