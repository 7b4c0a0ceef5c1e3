package dk.tegn.courses.xapi.control;

import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.control.GradedAnswers;
import dk.tegn.assessments.attempt.control.StartedAttempts;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.CertificateIssued;
import dk.tegn.courses.certificate.CertificateWithdrawn;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.CourseLaunched;
import dk.tegn.courses.learning.LessonExperienced;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.xapi.control.Statements.Activity;
import dk.tegn.courses.xapi.control.Statements.Actor;
import dk.tegn.courses.xapi.control.Statements.Context;
import dk.tegn.courses.xapi.control.Statements.Result;
import dk.tegn.courses.xapi.entity.ActorNaming;
import dk.tegn.courses.xapi.entity.LrsSettings;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what courses and assessments raise into statements in the outbox, in the transaction of the
 * event. These are the only events that become statements ({@link #EVENTS}); a test keeps every
 * event of intake out of the list. A started attempt's statement (attempted) and a graded attempt's
 * (each question answered, the attempt passed or failed) are not made in the start or the submit
 * but a moment later, when {@link StartedAttemptStatements} or {@link GradedAttemptStatements}
 * reads the attempt ({@link #attempted}, {@link #graded}).
 */
@ApplicationScoped
public class XapiRecorder {

  /** Every event type that becomes a statement. */
  public static final Set<Class<? extends Record>> EVENTS =
      Set.of(
          CourseLaunched.class,
          LessonExperienced.class,
          CourseCompleted.class,
          AttemptRegraded.class,
          CertificateIssued.class,
          CertificateWithdrawn.class);

  private static final double FULL_CREDIT = 1 - 1e-9;

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject XapiAddresses addresses;
  @Inject StatementOutbox outbox;
  @Inject Pseudonyms pseudonyms;
  @Inject VersionStore versions;

  /**
   * One launched statement per enrolment and day: entering a course ten times in a morning is one
   * launch to an analyst, and the day in the id makes repeats no-ops.
   */
  void launched(@Observes CourseLaunched e) {
    Instant now = clock.now();
    PublishedCourse course = versions.course(e.courseId(), e.versionNumber());
    store(
        subject(e.learnerId()),
        "launched/enrolment/" + e.enrolmentId() + "/" + now.atZone(ZoneOffset.UTC).toLocalDate(),
        XapiVerb.LAUNCHED,
        course(e.courseId(), course),
        null,
        new Context(addresses.registration(e.enrolmentId()), e.versionNumber(), List.of(), null),
        now);
  }

  void experienced(@Observes LessonExperienced e) {
    PublishedCourse course = versions.course(e.courseId(), e.versionNumber());
    Map<String, String> title =
        course.item(e.itemKey()).map(i -> names(i.title())).orElse(Map.of());
    store(
        subject(e.learnerId()),
        "experienced/enrolment/" + e.enrolmentId() + "/item/" + e.itemKey(),
        XapiVerb.EXPERIENCED,
        new Activity(addresses.item(e.courseId(), e.itemKey()), XapiAddresses.LESSON, title),
        Result.done(),
        inCourse(e.enrolmentId(), e.courseId(), e.versionNumber(), course, null),
        clock.now());
  }

  void completed(@Observes CourseCompleted e) {
    PublishedCourse course = versions.course(e.courseId(), e.versionNumber());
    store(
        subject(e.learnerId()),
        "completed/enrolment/" + e.enrolmentId(),
        XapiVerb.COMPLETED,
        course(e.courseId(), course),
        Result.done(),
        new Context(addresses.registration(e.enrolmentId()), e.versionNumber(), List.of(), null),
        clock.now());
  }

  /**
   * A started attempt, read a moment after its start ({@link StartedAttemptStatements}), stamped
   * when it started.
   */
  public void attempted(StartedAttempts.Started e) {
    if (em.find(Account.class, e.learnerId()) == null) {
      // erased between the start and this reading
      return;
    }
    QuizPlace place = place(e.learnerId(), e.quizId());
    store(
        subject(e.learnerId()),
        attemptedKey(e.attemptId()),
        XapiVerb.ATTEMPTED,
        quiz(e.quizId(), place),
        null,
        placeContext(place, e.attemptId()),
        e.startedAt());
  }

  /** The key of a started attempt's attempted statement. */
  static String attemptedKey(long attemptId) {
    return "attempted/attempt/" + attemptId;
  }

  /**
   * A graded attempt: one answered statement per question, then passed or failed, stored in one
   * round trip, all timestamped when the attempt was graded. What they share (the trainee's name in
   * statements, where the quiz sits) is worked out once for the attempt, not per question.
   */
  public void graded(GradedAnswers.Graded e) {
    if (em.find(Account.class, e.learnerId()) == null) {
      // erased between the submit and this reading: nobody left to make statements about
      return;
    }
    QuizPlace place = place(e.learnerId(), e.quizId());
    Context around = placeContext(place, e.attemptId());
    Activity quiz = quiz(e.quizId(), place);
    List<Activity> parents = List.of(quiz);
    Subject learner = subject(e.learnerId());
    Instant at = e.gradedAt();
    List<JsonObject> statements = new ArrayList<>();
    for (GradedAnswers.Question q : e.questions()) {
      statements.add(
          Statements.statement(
              addresses.statementId("answered/attempt/" + e.attemptId() + "/slot/" + q.slot()),
              learner.actor(),
              XapiVerb.ANSWERED,
              new Activity(
                  addresses.question(e.quizId(), q.questionId()), XapiAddresses.QUESTION, Map.of()),
              new Result(q.fraction(), q.answered() && q.fraction() >= FULL_CREDIT, q.answered()),
              new Context(around.registration(), around.revision(), parents, e.attemptId()),
              at));
    }
    statements.add(
        Statements.statement(
            addresses.statementId(gradedKey(e.attemptId())),
            learner.actor(),
            e.passed() ? XapiVerb.PASSED : XapiVerb.FAILED,
            quiz,
            new Result(e.scorePercent() / 100.0, e.passed(), true),
            around,
            at));
    outbox.store(learner.organisationId(), statements);
  }

  /** The key of a graded attempt's passed or failed statement. */
  static String gradedKey(long attemptId) {
    return "graded/attempt/" + attemptId;
  }

  /**
   * A coordinator overrode an attempt's grade: a new passed or failed statement with the score that
   * counts now, pointing at the graded one through its context's StatementRef. Not a voiding: the
   * attempt was taken and graded (the cmi5 working group keeps voiding for data that should never
   * have been recorded, and statements that refer to a voided one lose their target), and an LRS
   * keeps both, newest last, as Moodle's grade history keeps the original grade beside the
   * override. One per override (its second in the id), so a second override is a third statement.
   */
  void regraded(@Observes AttemptRegraded e) {
    QuizPlace place = place(e.learnerId(), e.quizId());
    Instant now = clock.now();
    store(
        subject(e.learnerId()),
        "regraded/attempt/" + e.attemptId() + "/" + now.getEpochSecond(),
        e.passedAfter() ? XapiVerb.PASSED : XapiVerb.FAILED,
        quiz(e.quizId(), place),
        new Result(e.scoreAfter() / 100.0, e.passedAfter(), true),
        placeContext(place, e.attemptId()).about(addresses.statementId(gradedKey(e.attemptId()))),
        now);
  }

  /** Earned now and, when the certificate has an end, expired then: stored now, due then. */
  void issued(@Observes CertificateIssued e) {
    PublishedCourse course = versions.course(e.courseId(), e.versionNumber());
    Activity certificate =
        new Activity(
            addresses.certificate(e.courseId()), XapiAddresses.CERTIFICATE, names(course.title()));
    Context context = inCourse(e.enrolmentId(), e.courseId(), e.versionNumber(), course, null);
    Subject learner = subject(e.learnerId());
    store(
        learner,
        "earned/certificate/" + e.certificateId(),
        XapiVerb.EARNED,
        certificate,
        Result.done(),
        context,
        e.issuedAt());
    if (e.expiresAt() != null) {
      store(
          learner,
          expiredKey(e.certificateId()),
          XapiVerb.EXPIRED,
          certificate,
          null,
          context,
          e.expiresAt());
    }
  }

  /** A withdrawn certificate does not expire later: its expiry is dropped if not yet sent. */
  void withdrawn(@Observes CertificateWithdrawn e) {
    outbox.cancel(addresses.statementId(expiredKey(e.certificateId())));
  }

  private static String expiredKey(long certificateId) {
    return "expired/certificate/" + certificateId;
  }

  private void store(
      Subject learner,
      String key,
      XapiVerb verb,
      Activity object,
      Result result,
      Context context,
      Instant timestamp) {
    outbox.store(
        learner.organisationId(),
        Statements.statement(
            addresses.statementId(key), learner.actor(), verb, object, result, context, timestamp));
  }

  /** Who statements about the learner name, and the organisation whose outbox holds them. */
  private Subject subject(long learnerId) {
    Account learner = em.find(Account.class, learnerId);
    long organisationId = learner.getOrganisation().getId();
    LrsSettings settings = em.find(LrsSettings.class, organisationId);
    String homePage =
        settings != null && settings.getHomePage() != null
            ? settings.getHomePage()
            : addresses.base();
    String name =
        settings != null && settings.getActorNaming() == ActorNaming.USERNAME
            ? learner.getUsername()
            : pseudonyms.of(learnerId);
    return new Subject(organisationId, new Actor(homePage, name));
  }

  private record Subject(long organisationId, Actor actor) {}

  private Activity course(long courseId, PublishedCourse course) {
    return new Activity(addresses.course(courseId), XapiAddresses.COURSE, names(course.title()));
  }

  private Context inCourse(
      long enrolmentId, long courseId, int version, PublishedCourse course, Long attemptId) {
    return new Context(
        addresses.registration(enrolmentId), version, List.of(course(courseId, course)), attemptId);
  }

  private Activity quiz(long quizId, QuizPlace place) {
    return new Activity(
        addresses.quiz(quizId),
        XapiAddresses.ASSESSMENT,
        place.item().map(i -> names(i.title())).orElse(Map.of()));
  }

  /**
   * Where a quiz sits for this trainee: the first active enrolment whose version holds it, if any
   * (a quiz may also be taken outside a course, then its statements have no registration).
   */
  private QuizPlace place(long learnerId, long quizId) {
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", learnerId)
            .getResultList()) {
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      Optional<PublishedItem> item =
          course.items().stream()
              .filter(i -> i.kind() == ItemKind.QUIZ && Long.valueOf(quizId).equals(i.quizId()))
              .findFirst();
      if (item.isPresent()) {
        return new QuizPlace(e, course, item);
      }
    }
    return new QuizPlace(null, null, Optional.empty());
  }

  private record QuizPlace(
      Enrolment enrolment, PublishedCourse course, Optional<PublishedItem> item) {}

  private Context placeContext(QuizPlace place, long attemptId) {
    if (place.enrolment() == null) {
      return new Context(null, null, List.of(), attemptId);
    }
    Enrolment e = place.enrolment();
    return inCourse(e.getId(), e.getCourseId(), e.getVersionNumber(), place.course(), attemptId);
  }

  private static Map<String, String> names(LocalizedText text) {
    return text.asMap().entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
