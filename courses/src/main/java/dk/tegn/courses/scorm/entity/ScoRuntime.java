package dk.tegn.courses.scorm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one SCO has stored for one enrolment (the SCORM 1.2 {@code cmi.core.*} and {@code
 * cmi.suspend_data} the LMS must keep). Each launch gets a new launch code and closes the previous
 * session: its time joins the total, as SCORM 1.2 asks the LMS to do.
 */
@Entity
@Table(name = "crs_scorm_runtime")
@NamedQuery(
    name = "ScoRuntime.find",
    query =
        "select r from ScoRuntime r where r.enrolmentId = :enrolmentId and r.itemKey = :itemKey"
            + " and r.scoIdentifier = :sco")
@NamedQuery(
    name = "ScoRuntime.findByItem",
    query =
        "select r from ScoRuntime r where r.enrolmentId = :enrolmentId and r.itemKey = :itemKey"
            + " order by r.id")
@NamedQuery(
    name = "ScoRuntime.findByLaunch",
    query = "select r from ScoRuntime r where r.launchCode = :code")
public class ScoRuntime {

  /** The values of {@code cmi.core.lesson_status} (SCORM 1.2 RTE 3.4.4). */
  public static final Set<String> STATUSES =
      Set.of("passed", "completed", "failed", "incomplete", "browsed", "not attempted");

  public static final int MAX_LOCATION = 255;

  /**
   * SCORM 1.2 allows 4,096 characters of suspend data; authoring tools often write more and other
   * LMSs keep it, so Tegn keeps up to 64 KB rather than lose a trainee's place.
   */
  public static final int MAX_SUSPEND_DATA = 65_536;

  private static final Pattern TIMESPAN =
      Pattern.compile("^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private long enrolmentId;

  @Column(name = "item_key", nullable = false, updatable = false)
  private long itemKey;

  @Column(name = "package_id", nullable = false, updatable = false)
  private long packageId;

  @Column(name = "sco_identifier", nullable = false, updatable = false)
  private String scoIdentifier;

  @Column(name = "launch_code", nullable = false)
  private String launchCode;

  @Column(name = "launch_expires_at", nullable = false)
  private Instant launchExpiresAt;

  @Column(name = "lesson_status", nullable = false)
  private String lessonStatus = "not attempted";

  @Column(name = "score_raw")
  private Double scoreRaw;

  @Column(name = "score_min")
  private Double scoreMin;

  @Column(name = "score_max")
  private Double scoreMax;

  @Column(name = "lesson_location", nullable = false)
  private String lessonLocation = "";

  @Column(name = "suspend_data", nullable = false)
  private String suspendData = "";

  @Column(name = "exit_mode", nullable = false)
  private String exitMode = "";

  @Column(name = "session_time", nullable = false)
  private String sessionTime = "";

  @Column(name = "session_seconds", nullable = false)
  private long sessionSeconds;

  @Column(name = "total_seconds_before", nullable = false)
  private long totalSecondsBefore;

  @Column(name = "committed_at")
  private Instant committedAt;

  @Version private long version;

  protected ScoRuntime() {}

  public ScoRuntime(
      long enrolmentId,
      long itemKey,
      long packageId,
      String scoIdentifier,
      String launchCode,
      Instant expires) {
    this.enrolmentId = enrolmentId;
    this.itemKey = itemKey;
    this.packageId = packageId;
    this.scoIdentifier = scoIdentifier;
    this.launchCode = launchCode;
    this.launchExpiresAt = expires;
  }

  /** A new launch: the previous session's time joins the total and a new code opens the SCO. */
  public void launch(String code, Instant expires) {
    totalSecondsBefore += sessionSeconds;
    sessionSeconds = 0;
    sessionTime = "";
    launchCode = code;
    launchExpiresAt = expires;
  }

  public boolean launchValidAt(Instant now) {
    return now.isBefore(launchExpiresAt);
  }

  /**
   * Stores what the SCO committed. With a mastery score and a raw score the score decides passed or
   * failed once the SCO reports itself finished (completed, passed or failed), as SCORM 1.2 lets
   * the LMS do; an unfinished SCO keeps its own status.
   *
   * @throws IllegalArgumentException when a value breaks the SCORM 1.2 data model
   */
  public void commit(Cmi cmi, Double masteryScore, Instant now) {
    String status = cmi.lessonStatus() == null ? lessonStatus : cmi.lessonStatus().trim();
    status = status.toLowerCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("lesson_status " + status);
    }
    Double raw = score(cmi.scoreRaw(), "raw");
    Double min = score(cmi.scoreMin(), "min");
    Double max = score(cmi.scoreMax(), "max");
    String location = cmi.lessonLocation() == null ? lessonLocation : cmi.lessonLocation();
    if (location.length() > MAX_LOCATION) {
      throw new IllegalArgumentException("lesson_location over " + MAX_LOCATION);
    }
    String suspend = cmi.suspendData() == null ? suspendData : cmi.suspendData();
    if (suspend.length() > MAX_SUSPEND_DATA) {
      throw new IllegalArgumentException("suspend_data over " + MAX_SUSPEND_DATA);
    }
    Long session = null;
    if (cmi.sessionTime() != null && !cmi.sessionTime().isBlank()) {
      session = seconds(cmi.sessionTime().trim());
    }
    if (masteryScore != null
        && raw != null
        && Set.of("completed", "passed", "failed").contains(status)) {
      status = raw >= masteryScore ? "passed" : "failed";
    }
    lessonStatus = status;
    scoreRaw = raw;
    scoreMin = min;
    scoreMax = max;
    lessonLocation = location;
    suspendData = suspend;
    if (cmi.exit() != null) {
      exitMode = cmi.exit().trim();
    }
    if (session != null) {
      sessionTime = cmi.sessionTime().trim();
      sessionSeconds = session;
    }
    committedAt = now;
  }

  /** An asset (no runtime) counts as completed once launched (SCORM 1.2 CAM). */
  public void assetLaunched(Instant now) {
    if (!isDone()) {
      lessonStatus = "completed";
      committedAt = now;
    }
  }

  private static Double score(String value, String which) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.trim());
      if (Double.isNaN(d) || d < 0 || d > 100) {
        throw new IllegalArgumentException("score." + which + " out of 0..100");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("score." + which + " not a number");
    }
  }

  /** Seconds of a CMITimespan "HHHH:MM:SS.SS". */
  public static long seconds(String timespan) {
    Matcher m = TIMESPAN.matcher(timespan);
    if (!m.matches()) {
      throw new IllegalArgumentException("session_time " + timespan);
    }
    return Long.parseLong(m.group(1)) * 3600
        + Long.parseLong(m.group(2)) * 60
        + Long.parseLong(m.group(3));
  }

  /** A CMITimespan of whole seconds, as SCORM 1.2 writes {@code cmi.core.total_time}. */
  public static String timespan(long seconds) {
    return String.format(
        Locale.ROOT, "%04d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }

  public boolean isDone() {
    return "passed".equals(lessonStatus) || "completed".equals(lessonStatus);
  }

  /** The raw score as a percentage of its range (0..100 when the SCO gave none); null if none. */
  public Integer scorePercent() {
    if (scoreRaw == null) {
      return null;
    }
    double lo = scoreMin == null ? 0 : scoreMin;
    double hi = scoreMax == null ? 100 : scoreMax;
    double percent = hi > lo ? (scoreRaw - lo) * 100 / (hi - lo) : scoreRaw;
    return (int) Math.round(Math.max(0, Math.min(100, percent)));
  }

  public long totalSeconds() {
    return totalSecondsBefore + sessionSeconds;
  }

  /** SCORM 1.2's {@code cmi.core.entry}: "resume" after a suspend, "ab-initio" the first time. */
  public String entry() {
    if (committedAt == null) {
      return "ab-initio";
    }
    return "suspend".equals(exitMode) || !suspendData.isEmpty() || !lessonLocation.isEmpty()
        ? "resume"
        : "";
  }

  /** The values a SCO may commit; null where it sent nothing. */
  public record Cmi(
      String lessonStatus,
      String scoreRaw,
      String scoreMin,
      String scoreMax,
      String lessonLocation,
      String suspendData,
      String sessionTime,
      String exit) {}

  public Long getId() {
    return id;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getItemKey() {
    return itemKey;
  }

  public long getPackageId() {
    return packageId;
  }

  public String getScoIdentifier() {
    return scoIdentifier;
  }

  public String getLaunchCode() {
    return launchCode;
  }

  public String getLessonStatus() {
    return lessonStatus;
  }

  public Double getScoreRaw() {
    return scoreRaw;
  }

  public Double getScoreMin() {
    return scoreMin;
  }

  public Double getScoreMax() {
    return scoreMax;
  }

  public String getLessonLocation() {
    return lessonLocation;
  }

  public String getSuspendData() {
    return suspendData;
  }

  public String getSessionTime() {
    return sessionTime;
  }

  public Instant getCommittedAt() {
    return committedAt;
  }
}
