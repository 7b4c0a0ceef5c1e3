package dk.tegn.courses.scorm.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.scorm.entity.ScoRuntime;
import dk.tegn.courses.scorm.entity.ScormSco;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The signed-in trainee plays a SCORM item of their enrolment: each launch of a SCO issues a new
 * launch code (the address of the SCO's files, which the sandboxed frame loads without Tegn's
 * cookie) and the data the SCORM runtime starts from; each commit stores the SCO's data and updates
 * the item's progress and the course's completion in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ScormPlayer {

  /** How long a launch address serves files and takes commits: a long sitting, not for ever. */
  static final Duration LAUNCH_LIFETIME = Duration.ofHours(12);

  @PersistenceContext EntityManager em;
  @Inject EnrolmentChanges changes;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject Enrolments enrolments;
  @Inject VersionStore versions;
  @Inject Completion completion;
  @Inject ScormPackages packages;

  /** One entry of the table of contents, with where the trainee is. */
  public record TocEntry(String identifier, String title, int level, String status) {}

  /**
   * A launched SCO.
   *
   * @param cmi the data model the runtime starts from, as SCORM 1.2 element names and values
   */
  public record Launch(
      String launchCode,
      String scoIdentifier,
      String scoTitle,
      String launchPath,
      boolean sco,
      Map<String, String> cmi,
      List<TocEntry> toc) {}

  /**
   * Launches a SCO of a SCORM item the trainee may open: the one asked for, else the first not yet
   * passed or completed, else the first.
   */
  public Launch launch(long courseId, long itemKey, String scoIdentifier) {
    Enrolment enrolment = mine(courseId);
    PublishedItem item = scormItem(enrolment, itemKey);
    List<ScormSco> scos = packages.scos(item.scormPackageId());
    Map<String, ScoRuntime> runtimes = runtimes(enrolment.getId(), itemKey);
    ScormSco chosen =
        scos.stream()
            .filter(s -> s.getIdentifier().equals(scoIdentifier))
            .findFirst()
            .or(
                () ->
                    scos.stream()
                        .filter(
                            s ->
                                runtimes.get(s.getIdentifier()) == null
                                    || !runtimes.get(s.getIdentifier()).isDone())
                        .findFirst())
            .orElse(scos.get(0));
    Instant now = clock.now();
    enrolment.visit(itemKey, now);
    changes.publish(enrolment);
    String code = RandomCodes.urlSafe(24);
    ScoRuntime runtime = runtimes.get(chosen.getIdentifier());
    if (runtime == null) {
      runtime =
          new ScoRuntime(
              enrolment.getId(),
              itemKey,
              item.scormPackageId(),
              chosen.getIdentifier(),
              code,
              now.plus(LAUNCH_LIFETIME));
      em.persist(runtime);
      runtimes.put(chosen.getIdentifier(), runtime);
    } else {
      runtime.launch(code, now.plus(LAUNCH_LIFETIME));
    }
    if (!chosen.isSco()) {
      runtime.assetLaunched(now);
      report(enrolment, itemKey, scos, runtimes);
    }
    em.flush();
    return new Launch(
        code,
        chosen.getIdentifier(),
        chosen.getTitle(),
        chosen.getLaunch(),
        chosen.isSco(),
        cmi(runtime, chosen, em.find(Account.class, enrolment.getAccountId())),
        toc(scos, runtimes));
  }

  /**
   * Stores what the SCO of this launch committed, for the trainee whose enrolment it is, and
   * updates the item's progress: done once every SCO of the package is passed or completed.
   *
   * @return the SCO's lesson status as stored (the mastery score may have decided it)
   * @throws AccessDeniedException when the launch is not the caller's
   * @throws IllegalArgumentException when a value breaks the SCORM 1.2 data model
   */
  public String commit(String launchCode, ScoRuntime.Cmi cmi) {
    ScoRuntime runtime = byLaunch(launchCode).orElseThrow(() -> notFound(launchCode));
    Enrolment enrolment = em.find(Enrolment.class, runtime.getEnrolmentId());
    if (enrolment == null || enrolment.getAccountId() != caller.accountId()) {
      throw new AccessDeniedException("launch of another trainee");
    }
    if (!enrolment.isActive()) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notEnrolled");
    }
    List<ScormSco> scos = packages.scos(runtime.getPackageId());
    ScormSco sco =
        scos.stream()
            .filter(s -> s.getIdentifier().equals(runtime.getScoIdentifier()))
            .findFirst()
            .orElseThrow();
    runtime.commit(cmi, sco.getMasteryScore(), clock.now());
    report(
        enrolment, runtime.getItemKey(), scos, runtimes(enrolment.getId(), runtime.getItemKey()));
    return runtime.getLessonStatus();
  }

  /**
   * The data a launched SCO starts from, for the first synchronous reads in its frame; the player's
   * runtime starts from the same data and is the one that commits.
   */
  public Map<String, String> startingData(ScoRuntime runtime) {
    ScormSco sco =
        packages.scos(runtime.getPackageId()).stream()
            .filter(s -> s.getIdentifier().equals(runtime.getScoIdentifier()))
            .findFirst()
            .orElseThrow();
    Enrolment enrolment = em.find(Enrolment.class, runtime.getEnrolmentId());
    return cmi(runtime, sco, em.find(Account.class, enrolment.getAccountId()));
  }

  /** The runtime row of a launch code still valid now; for the content servlet (no session). */
  public Optional<ScoRuntime> byLaunch(String launchCode) {
    return em.createNamedQuery("ScoRuntime.findByLaunch", ScoRuntime.class)
        .setParameter("code", launchCode)
        .getResultStream()
        .findFirst()
        .filter(r -> r.launchValidAt(clock.now()));
  }

  private void report(
      Enrolment enrolment, long itemKey, List<ScormSco> scos, Map<String, ScoRuntime> runtimes) {
    PublishedCourse course = versions.course(enrolment.getCourseId(), enrolment.getVersionNumber());
    PublishedItem item = course.item(itemKey).orElseThrow();
    boolean allDone =
        scos.stream()
            .allMatch(
                s ->
                    runtimes.get(s.getIdentifier()) != null
                        && runtimes.get(s.getIdentifier()).isDone());
    OptionalDouble mean =
        runtimes.values().stream()
            .map(ScoRuntime::scorePercent)
            .filter(Objects::nonNull)
            .mapToInt(Integer::intValue)
            .average();
    Integer score = mean.isPresent() ? (int) Math.round(mean.getAsDouble()) : null;
    completion
        .progress(enrolment.getId(), itemKey)
        .scormReported(item, allDone, score, clock.now());
    em.flush();
    completion.evaluate(enrolment, course);
  }

  private static Map<String, String> cmi(ScoRuntime r, ScormSco sco, Account account) {
    Map<String, String> cmi = new LinkedHashMap<>();
    cmi.put("cmi.core.student_id", account.getUsername());
    cmi.put("cmi.core.student_name", account.getDisplayName());
    cmi.put("cmi.core.lesson_location", r.getLessonLocation());
    cmi.put("cmi.core.credit", "credit");
    cmi.put("cmi.core.lesson_status", r.getLessonStatus());
    cmi.put("cmi.core.entry", r.entry());
    cmi.put("cmi.core.score.raw", number(r.getScoreRaw()));
    cmi.put("cmi.core.score.min", number(r.getScoreMin()));
    cmi.put("cmi.core.score.max", number(r.getScoreMax()));
    cmi.put("cmi.core.total_time", ScoRuntime.timespan(r.totalSeconds()));
    cmi.put("cmi.core.lesson_mode", "normal");
    cmi.put("cmi.suspend_data", r.getSuspendData());
    cmi.put("cmi.launch_data", sco.getDataFromLms() == null ? "" : sco.getDataFromLms());
    cmi.put("cmi.student_data.mastery_score", number(sco.getMasteryScore()));
    return cmi;
  }

  private static String number(Double d) {
    if (d == null) {
      return "";
    }
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private static List<TocEntry> toc(List<ScormSco> scos, Map<String, ScoRuntime> runtimes) {
    return scos.stream()
        .map(
            s -> {
              ScoRuntime r = runtimes.get(s.getIdentifier());
              return new TocEntry(
                  s.getIdentifier(),
                  s.getTitle(),
                  s.getLevel(),
                  r == null ? "not attempted" : r.getLessonStatus());
            })
        .toList();
  }

  private Map<String, ScoRuntime> runtimes(long enrolmentId, long itemKey) {
    Map<String, ScoRuntime> byIdentifier = new LinkedHashMap<>();
    em.createNamedQuery("ScoRuntime.findByItem", ScoRuntime.class)
        .setParameter("enrolmentId", enrolmentId)
        .setParameter("itemKey", itemKey)
        .getResultStream()
        .forEach(r -> byIdentifier.put(r.getScoIdentifier(), r));
    return byIdentifier;
  }

  private PublishedItem scormItem(Enrolment enrolment, long itemKey) {
    PublishedCourse course = versions.course(enrolment.getCourseId(), enrolment.getVersionNumber());
    PublishedItem item =
        course.item(itemKey).orElseThrow(() -> new RecordNotFoundException("item", itemKey));
    if (item.kind() != ItemKind.SCORM || item.scormPackageId() == null) {
      throw new RecordNotFoundException("SCORM item", itemKey);
    }
    CourseProgress progress = new CourseProgress(course, completion.doneItems(enrolment.getId()));
    if (!progress.isOpen(item)) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.locked");
    }
    return item;
  }

  private Enrolment mine(long courseId) {
    Enrolment enrolment = enrolments.active(caller.accountId(), courseId);
    if (enrolment == null) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notEnrolled");
    }
    return enrolment;
  }

  private static RecordNotFoundException notFound(String launchCode) {
    // the code itself is a credential: never in a message or log
    return new RecordNotFoundException("SCORM launch", launchCode.length() + " characters");
  }
}
