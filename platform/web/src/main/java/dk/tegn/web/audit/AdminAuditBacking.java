package dk.tegn.web.audit;

import dk.tegn.coordination.coordinator.control.Spreadsheets;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditTrail;
import dk.tegn.core.audit.control.AuditTrail.Filter;
import dk.tegn.core.audit.entity.AuditLine;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.time.ViewerZone;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Backs /admin/audit.xhtml: the audit log a page at a time, newest first, filtered by actor,
 * action, record type, outcome and dates. Dates and times are the centre's (Europe/Copenhagen),
 * written the way the viewer's language writes them.
 */
@Named
@ViewScoped
public class AdminAuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  // a download is for reading in a spreadsheet, not a copy of the whole log
  static final int EXPORT_MAX = 10_000;
  private static final int EXPORT_PAGE = 500;

  @Inject AuditTrail trail;
  @Inject FacesMessages messages;
  @Inject ViewerZone viewer;

  private String actor;
  private String action;
  private String targetType;
  private Outcome outcome;
  private LocalDate from;
  private LocalDate to;
  private Filter filter = Filter.any();
  private List<String> actions;
  private List<String> targetTypes;
  private LazyDataModel<AuditLine> entries;

  @PostConstruct
  void init() {
    actions = trail.actions();
    targetTypes = trail.targetTypes();
    entries = new EntryModel();
  }

  /** Reads the log in the database a page at a time; never loads it whole. */
  private class EntryModel extends LazyDataModel<AuditLine> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, trail.count(filter));
    }

    @Override
    public List<AuditLine> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.search(filter, first, pageSize);
    }

    @Override
    public String getRowKey(AuditLine line) {
      return String.valueOf(line.getId());
    }

    @Override
    public AuditLine getRowData(String rowKey) {
      return null;
    }
  }

  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      messages.error("filters:to", Messages.PLATFORM, "admin_audit.toBeforeFrom");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    filter =
        new Filter(
            actor,
            action,
            targetType,
            outcome,
            from == null ? null : from.atStartOfDay(ZONE).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant());
    firstPage();
  }

  public void clear() {
    actor = null;
    action = null;
    targetType = null;
    outcome = null;
    from = null;
    to = null;
    filter = Filter.any();
    firstPage();
  }

  private void firstPage() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:entries")
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /**
   * The entries of the current search as CSV, newest first, at most {@link #EXPORT_MAX}; times with
   * their offset in the centre's zone.
   */
  public StreamedContent exportCsv() {
    Locale locale = viewLocale();
    List<String> headers =
        List.of("time", "actor", "action", "targetType", "target", "outcome", "detail").stream()
            .map(key -> Messages.get(Messages.PLATFORM, locale, "admin_audit." + key))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    List<AuditLine> page;
    do {
      page = trail.search(filter, rows.size(), EXPORT_PAGE);
      for (AuditLine line : page) {
        List<Object> row = new ArrayList<>();
        row.add(line.getAt().atZone(ZONE).toOffsetDateTime().toString());
        row.add(line.getActor() == null ? "" : line.getActor());
        row.add(line.getAction());
        row.add(line.getTargetType() == null ? "" : line.getTargetType());
        row.add(line.getTargetId() == null ? "" : line.getTargetId());
        row.add(Messages.get(Messages.PLATFORM, locale, "Outcome." + line.getOutcome()));
        row.add(line.getDetail() == null ? "" : line.getDetail());
        rows.add(row);
      }
    } while (page.size() == EXPORT_PAGE && rows.size() < EXPORT_MAX);
    byte[] bytes = Spreadsheets.csv(headers, rows, locale);
    return DefaultStreamedContent.builder()
        .name("tegn-audit.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /**
   * What an action code means, in the viewer's language ({@code audit.action.*}); a code with no
   * label yet shows as it is. The CSV keeps the codes, for filtering.
   */
  public String actionLabel(String action) {
    return Messages.getOr(Messages.PLATFORM, viewLocale(), "audit.action." + action, action);
  }

  /** A detail that is a code (a referral step such as RECORD_OUTCOME, a role) in words. */
  public String detailLabel(String detail) {
    if (detail == null || !detail.matches("[A-Z][A-Z_]*")) {
      return detail;
    }
    return Messages.getOr(Messages.PLATFORM, viewLocale(), "audit.detail." + detail, detail);
  }

  private static Locale viewLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The entry's time in the viewer's zone (their own, else the centre's), in their language. */
  public String time(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(viewLocale())
        .withZone(viewer.zoneOr(ZONE))
        .format(at);
  }

  public LazyDataModel<AuditLine> getEntries() {
    return entries;
  }

  public List<String> getActions() {
    return actions;
  }

  public List<String> getTargetTypes() {
    return targetTypes;
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
