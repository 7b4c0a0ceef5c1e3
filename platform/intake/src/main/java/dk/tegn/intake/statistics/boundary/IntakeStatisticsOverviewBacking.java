package dk.tegn.intake.statistics.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.IntakeSettings;
import dk.tegn.intake.statistics.control.ReferralStatistics;
import dk.tegn.intake.statistics.entity.StatisticsDimension;
import dk.tegn.intake.statistics.entity.StatisticsReport;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Backs /intake-statistics/overview.xhtml: counts for a range of months (the last twelve by
 * default), small cells suppressed, and the same table as CSV.
 */
@Named
@ViewScoped
public class IntakeStatisticsOverviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferralStatistics statistics;
  @Inject IntakeSettings settings;

  private String from;
  private String to;
  private StatisticsReport report;

  public StatisticsReport getReport() {
    if (report == null) {
      report = statistics.overview(month(getFrom()), month(getTo()));
    }
    return report;
  }

  public void show() {
    report = null;
  }

  public void exportCsv() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    report = null; // the months as submitted with the export, not as last shown
    StatisticsReport csv = getReport();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"referrals-" + csv.from() + "-" + csv.to() + ".csv\"");
    external.getResponseOutputStream().write(csv.csv(IntakeFaces.locale()));
    faces.responseComplete();
  }

  /** A cell's value in the user's language: enum labels, country names, months as they are. */
  public String label(StatisticsDimension dimension, String value) {
    if ("UNKNOWN".equals(value) && dimension == StatisticsDimension.NATIONALITY) {
      return IntakeFaces.text("intake_statistics_overview.unknown");
    }
    return switch (dimension) {
      case MONTH -> value;
      case NATIONALITY -> new Locale("", value).getDisplayCountry(IntakeFaces.locale());
      case EXPLOITATION_FORM -> IntakeFaces.text("ExploitationForm." + value);
      case GENDER -> IntakeFaces.text("Gender." + value);
      case AGE_CATEGORY -> IntakeFaces.text("AgeCategory." + value);
      case PROFESSION -> IntakeFaces.text("Profession." + value);
      case OUTCOME ->
          "OPEN".equals(value)
              ? IntakeFaces.text("intake_statistics_overview.open")
              : IntakeFaces.text("CaseOutcome." + value);
    };
  }

  private YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      IntakeFaces.info("intake_statistics_overview.badMonth");
      return YearMonth.from(LocalDate.now(settings.zone()));
    }
  }

  public String getFrom() {
    if (from == null) {
      from = YearMonth.from(LocalDate.now(settings.zone())).minusMonths(11).toString();
    }
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    if (to == null) {
      to = YearMonth.from(LocalDate.now(settings.zone())).toString();
    }
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
