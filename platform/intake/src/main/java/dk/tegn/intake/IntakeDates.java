package dk.tegn.intake;

import dk.tegn.core.time.ViewerZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Instants on intake's pages, in the viewer's own time zone if they chose one (else the centre's)
 * and the view's language ({@code #{intakeDates.instant(row.submittedAt())}}). Faces' own converter
 * refuses date and time styles for {@code Instant}.
 */
@Named
@ApplicationScoped
public class IntakeDates {

  @Inject IntakeSettings settings;
  @Inject ViewerZone viewer;

  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(IntakeFaces.locale())
        .withZone(viewer.zoneOr(settings.zone()))
        .format(instant);
  }

  /** A calendar day in the view's language, in the same style as the instants' day. */
  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(IntakeFaces.locale())
            .format(date);
  }
}
