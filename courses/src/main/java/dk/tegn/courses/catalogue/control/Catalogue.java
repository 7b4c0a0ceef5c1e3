package dk.tegn.courses.catalogue.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.control.NationalOrganisations;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The course catalogue. A signed-in person is offered the published courses of their own
 * organisation and those of the national organisations (which train everyone); a course the trainer
 * has opened for self-enrolment they may join themselves, like Moodle's self-enrolment. Listing
 * costs one query for the courses (few) and one for the caller's enrolments among them, however
 * many trainees there are; the published texts come from the version cache.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

  static final int MAX_COURSES = 500;
  private static final Logger LOG = Logger.getLogger(Catalogue.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject NationalOrganisations nationalOrganisations;
  @Inject Enrolments enrolments;
  @Inject VersionStore versions;
  @Inject AuditLog audit;
  @Inject SelfEnrolments selfEnrolments;

  /** The courses offered to the caller, newest first. */
  public List<CatalogueEntry> offered() {
    long accountId = caller.accountId();
    List<Course> courses =
        em.createQuery(
                "select c from Course c where c.publishedVersion > 0"
                    + " and c.organisationId in :organisations order by c.id desc",
                Course.class)
            .setParameter("organisations", reach())
            .setMaxResults(MAX_COURSES)
            .getResultList();
    if (courses.isEmpty()) {
      return List.of();
    }
    Set<Long> enrolled =
        new HashSet<>(
            em.createQuery(
                    "select e.courseId from Enrolment e where e.accountId = :accountId"
                        + " and e.active = true and e.courseId in :courseIds",
                    Long.class)
                .setParameter("accountId", accountId)
                .setParameter("courseIds", courses.stream().map(Course::getId).toList())
                .getResultList());
    return courses.stream().map(c -> entry(c, enrolled.contains(c.getId()))).toList();
  }

  /**
   * Enrols the caller in a course offered to them and open for self-enrolment; enrolling again
   * returns the same enrolment, also when two first requests come at once (see {@link
   * SelfEnrolments}). A course out of reach is "not found", as if it did not exist.
   *
   * @return the enrolment's id
   */
  public long enrol(long courseId) {
    long accountId = caller.accountId();
    Course course = em.find(Course.class, courseId);
    if (course == null
        || course.getPublishedVersion() == 0
        || !reach().contains(course.getOrganisationId())) {
      audit.record(accountId, "course.selfEnrol", "course", courseId, Outcome.REFUSED);
      throw new RecordNotFoundException("course", courseId);
    }
    Enrolment existing = enrolments.active(accountId, courseId);
    if (existing != null) {
      return existing.getId();
    }
    if (!course.isSelfEnrolment()) {
      audit.record(accountId, "course.selfEnrol", "course", courseId, Outcome.REFUSED);
      throw new RuleViolationException(Messages.COURSES, "courses_rules.selfEnrolmentClosed");
    }
    try {
      return selfEnrolments.enrol(accountId, courseId);
    } catch (RuntimeException e) {
      if (!SelfEnrolments.lostToTwin(e)) {
        throw e;
      }
      // the same person's other click or tab enrolled them a moment ago: that is the answer
      Long twin = selfEnrolments.active(accountId, courseId);
      if (twin == null) {
        throw e;
      }
      LOG.info(
          () ->
              "self-enrolment in course "
                  + courseId
                  + ": a twin request won, its enrolment "
                  + twin);
      return twin;
    }
  }

  /** The organisations whose courses the caller is offered: their own and the national ones. */
  private Set<Long> reach() {
    Set<Long> organisations = new HashSet<>(nationalOrganisations.ids());
    organisations.add(caller.organisationId());
    return organisations;
  }

  private CatalogueEntry entry(Course course, boolean enrolled) {
    PublishedCourse published = versions.course(course.getId(), course.getPublishedVersion());
    return new CatalogueEntry(
        course.getId(),
        published.title(),
        published.summary(),
        published.audiences(),
        published.languages(),
        published.estimatedMinutes(),
        published.mandatory(),
        published.certificateValidityMonths(),
        course.isSelfEnrolment(),
        enrolled);
  }
}
