package dk.tegn.core.time;

import java.time.ZoneId;

/**
 * The time zone an organisation's people read times in, for {@link ViewerZone}: implemented by the
 * module that keeps organisations' settings (coordination), so core knows no feature.
 */
public interface OrganisationZones {

  ZoneId zoneOf(long organisationId);
}
