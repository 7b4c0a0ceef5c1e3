package dk.tegn.courses.review.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.review.control.ReviewedLesson.State;
import dk.tegn.courses.review.entity.CitedSource;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.courses.review.entity.SourceFlag;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trainer's view of whether their courses still teach what is true: every lesson of each
 * course's latest published version with its review and sources, the lessons due for review, and
 * sources marked as touched by a change of law with the lessons that cite them.
 */
@ApplicationScoped
@Transactional
public class ReviewDesk {

  /** A review due within this many days is listed as due soon. */
  public static final int WARNING_DAYS = 60;

  private static final int MAX_COURSES = 200;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject AuditLog audit;

  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  /**
   * Every lesson and scenario of the published courses of the organisations the caller trains in,
   * most urgent first.
   */
  public List<ReviewedLesson> lessons() {
    Set<Long> organisations = caller.organisationsWith(Role.TRAINER);
    if (organisations.isEmpty()) {
      return List.of();
    }
    List<SourceFlag> flags =
        em.createNamedQuery("SourceFlag.findByOrganisations", SourceFlag.class)
            .setParameter("organisationIds", organisations)
            .getResultList();
    LocalDate today = today();
    List<ReviewedLesson> lessons = new ArrayList<>();
    List<Course> courses =
        em.createNamedQuery("Course.findByOrganisations", Course.class)
            .setParameter("organisationIds", organisations)
            .setMaxResults(MAX_COURSES)
            .getResultList();
    for (Course course : courses) {
      if (course.getPublishedVersion() == 0) {
        continue;
      }
      PublishedCourse published = versions.course(course.getId(), course.getPublishedVersion());
      for (PublishedItem item : published.items()) {
        if (item.kind() != ItemKind.QUIZ) {
          lessons.add(lesson(course, published, item, flags, today));
        }
      }
    }
    lessons.sort(
        Comparator.comparing(ReviewedLesson::state)
            .thenComparing(l -> l.review() == null ? LocalDate.MIN : l.review().due()));
    return lessons;
  }

  /** The lessons that need a review now or soon. */
  public List<ReviewedLesson> dueForReview() {
    return lessons().stream().filter(ReviewedLesson::isListed).toList();
  }

  /** Every cited source with the lessons citing it, marked sources and the oldest checks first. */
  public List<SourceUse> sources() {
    Map<String, List<ReviewedLesson>> byUrl = new LinkedHashMap<>();
    Map<String, CitedSource> first = new LinkedHashMap<>();
    for (ReviewedLesson lesson : lessons()) {
      for (CitedSource s : lesson.sources()) {
        byUrl.computeIfAbsent(s.url(), u -> new ArrayList<>()).add(lesson);
        first.putIfAbsent(s.url(), s);
      }
    }
    Map<String, SourceFlag> newestFlag = new LinkedHashMap<>();
    Set<Long> organisations = caller.organisationsWith(Role.TRAINER);
    if (!organisations.isEmpty()) {
      em.createNamedQuery("SourceFlag.findByOrganisations", SourceFlag.class)
          .setParameter("organisationIds", organisations)
          .getResultList()
          .forEach(f -> newestFlag.putIfAbsent(f.getUrl(), f));
    }
    List<SourceUse> uses = new ArrayList<>();
    byUrl.forEach(
        (url, lessons) -> {
          LocalDate last =
              lessons.stream()
                  .flatMap(l -> l.sources().stream())
                  .filter(s -> s.url().equals(url) && s.checkedOn() != null)
                  .map(CitedSource::checkedOn)
                  .max(Comparator.naturalOrder())
                  .orElse(null);
          uses.add(
              new SourceUse(url, first.get(url).description(), last, lessons, newestFlag.get(url)));
        });
    uses.sort(
        Comparator.comparing((SourceUse u) -> u.flag() == null)
            .thenComparing(u -> u.lastChecked() == null ? LocalDate.MIN : u.lastChecked()));
    return uses;
  }

  /** The lessons of the caller's courses that cite the source with this link. */
  public List<ReviewedLesson> citing(String url) {
    return lessons().stream()
        .filter(l -> l.sources().stream().anyMatch(s -> s.url().equals(url)))
        .toList();
  }

  /**
   * Marks a source as touched by a change of law or practice in one of the caller's organisations:
   * each lesson of that organisation citing it is listed until it is published with a review made
   * after the day of the mark (a review the same day may have been made before the change).
   *
   * @return the lessons that cite it
   */
  public List<ReviewedLesson> markChanged(
      long organisationId,
      @NotBlank @Size(max = SourceFlag.MAX_URL) String url,
      @NotBlank @Size(max = SourceFlag.MAX_NOTE) String note) {
    caller.requireRoleIn(Role.TRAINER, organisationId);
    SourceFlag flag =
        new SourceFlag(organisationId, url.strip(), note.strip(), caller.accountId(), clock.now());
    em.persist(flag);
    audit.record(
        caller.accountId(), "course.source.changed", "source", flag.getId(), Outcome.ALLOWED, url);
    em.flush();
    return citing(url.strip());
  }

  /** Takes back a mark made in error. */
  public void unmark(long flagId) {
    SourceFlag flag = em.find(SourceFlag.class, flagId);
    if (flag == null) {
      throw new RecordNotFoundException("source flag", flagId);
    }
    caller.requireRoleIn(Role.TRAINER, flag.getOrganisationId());
    em.remove(flag);
    audit.record(
        caller.accountId(), "course.source.unmarked", "source", flagId, Outcome.ALLOWED, null);
  }

  private static ReviewedLesson lesson(
      Course course,
      PublishedCourse published,
      PublishedItem item,
      List<SourceFlag> flags,
      LocalDate today) {
    List<CitedSource> sources = new ArrayList<>();
    String language = published.authoringLanguage();
    for (TextField field : item.kind().fields()) {
      if (field != TextField.TITLE) {
        sources.addAll(LessonSources.cited(item.text(field).exactly(language).orElse("")));
      }
    }
    sources = LessonSources.distinct(sources);
    Review review = item.review();
    List<SourceFlag> touching = new ArrayList<>();
    for (SourceFlag f : flags) {
      boolean cited = sources.stream().anyMatch(s -> s.url().equals(f.getUrl()));
      LocalDate flagged = LocalDate.ofInstant(f.getFlaggedAt(), ZoneOffset.UTC);
      if (cited
          && f.getOrganisationId() == course.getOrganisationId()
          && (review == null || !review.on().isAfter(flagged))) {
        touching.add(f);
      }
    }
    return new ReviewedLesson(
        course.getId(),
        published.title(),
        course.getPublishedVersion(),
        item.key(),
        item.title(),
        review,
        List.copyOf(sources),
        state(review, touching, today),
        List.copyOf(touching));
  }

  static State state(Review review, List<SourceFlag> touching, LocalDate today) {
    if (review != null && review.isDueBy(today)) {
      return State.OVERDUE;
    }
    if (!touching.isEmpty()) {
      return State.SOURCE_CHANGED;
    }
    if (review == null) {
      return State.NOT_REVIEWED;
    }
    return review.isDueBy(today.plusDays(WARNING_DAYS)) ? State.DUE_SOON : State.CURRENT;
  }
}
