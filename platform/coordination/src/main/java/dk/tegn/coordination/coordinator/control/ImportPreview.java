package dk.tegn.coordination.coordinator.control;

import java.io.Serializable;
import java.util.List;

/** What a people file would import, and what is wrong with it. A class: pages read it. */
public class ImportPreview implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Line> lines;
  private final List<Issue> issues;

  public ImportPreview(List<Line> lines, List<Issue> issues) {
    this.lines = List.copyOf(lines);
    this.issues = List.copyOf(issues);
  }

  public boolean isClean() {
    return issues.isEmpty();
  }

  public List<Line> getLines() {
    return lines;
  }

  public List<Issue> getIssues() {
    return issues;
  }

  public long getNewAccounts() {
    return lines.stream().filter(Line::isNewAccount).count();
  }

  /** A good row and what importing it does. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String name;
    private final String email;
    private final String cohort;
    private final boolean newAccount;
    private final boolean newCohort;

    public Line(
        long line,
        String name,
        String email,
        String cohort,
        boolean newAccount,
        boolean newCohort) {
      this.line = line;
      this.name = name;
      this.email = email;
      this.cohort = cohort;
      this.newAccount = newAccount;
      this.newCohort = newCohort;
    }

    public long getLine() {
      return line;
    }

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public String getCohort() {
      return cohort;
    }

    public boolean isNewAccount() {
      return newAccount;
    }

    public boolean isNewCohort() {
      return newCohort;
    }
  }

  /** A bad row: its line number (0: the whole file), a PlatformMessages key and the bad value. */
  public static class Issue implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String reason;
    private final String value;

    public Issue(long line, String reason, String value) {
      this.line = line;
      this.reason = reason;
      this.value = value;
    }

    public long getLine() {
      return line;
    }

    public String getReason() {
      return reason;
    }

    public String getValue() {
      return value;
    }
  }
}
