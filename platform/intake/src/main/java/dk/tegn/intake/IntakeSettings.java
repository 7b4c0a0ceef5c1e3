package dk.tegn.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intake's configuration, with the defaults documented here:
 *
 * <ul>
 *   <li>{@code tegn.intake.reflection.days} (30): the reflection and recovery period started by an
 *       assessment as victim (Danish departure time limit, Udlændingeloven § 33, stk. 14);
 *   <li>{@code tegn.intake.reflection.max-days} (120): the longest it may be extended to in total;
 *   <li>{@code tegn.intake.retention.months} (12): how long a closed referral that did not lead to
 *       an assessment as victim keeps its identifying data;
 *   <li>{@code tegn.intake.zone} (Europe/Copenhagen): the zone of dates such as the period's end;
 *   <li>{@code tegn.intake.hotline} (+45 70 20 25 50): the centre's hotline shown on the form.
 * </ul>
 */
@ApplicationScoped
public class IntakeSettings {

  @Inject
  @ConfigProperty(name = "tegn.intake.reflection.days", defaultValue = "30")
  int reflectionDays;

  @Inject
  @ConfigProperty(name = "tegn.intake.reflection.max-days", defaultValue = "120")
  int reflectionMaxDays;

  @Inject
  @ConfigProperty(name = "tegn.intake.retention.months", defaultValue = "12")
  int retentionMonths;

  @Inject
  @ConfigProperty(name = "tegn.intake.zone", defaultValue = "Europe/Copenhagen")
  String zone;

  @Inject
  @ConfigProperty(name = "tegn.intake.hotline", defaultValue = "+45 70 20 25 50")
  String hotline;

  public IntakeSettings() {}

  public IntakeSettings(
      int reflectionDays, int reflectionMaxDays, int retentionMonths, String zone, String hotline) {
    this.reflectionDays = reflectionDays;
    this.reflectionMaxDays = reflectionMaxDays;
    this.retentionMonths = retentionMonths;
    this.zone = zone;
    this.hotline = hotline;
  }

  public int reflectionDays() {
    return reflectionDays;
  }

  public int reflectionMaxDays() {
    return reflectionMaxDays;
  }

  public int retentionMonths() {
    return retentionMonths;
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  public String hotline() {
    return hotline;
  }
}
