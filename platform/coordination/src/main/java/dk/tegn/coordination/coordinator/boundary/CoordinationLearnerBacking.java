package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.LearnerAttempts;
import dk.tegn.assessments.attempt.control.LearnerAttempts.AttemptLine;
import dk.tegn.assessments.attempt.control.LearnerAttempts.QuizLine;
import dk.tegn.coordination.coordinator.control.Learners;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.LearnerEnrolment;
import dk.tegn.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs /coordination/learner.xhtml?id=N: one person's report for a coordinator or an administrator
 * of their organisation (issue 17, expected 3) — enrolments with a personal due date, quiz attempts
 * with an override beside the graded score, one attempt's answers, an extra attempt. The person is
 * looked up first ({@link Learners#learner}): someone of another organisation is "not found".
 */
@Named
@ViewScoped
public class CoordinationLearnerBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_ENROLMENTS = 200;

  @Inject Learners learners;
  @Inject Enrolments enrolments;
  @Inject LearnerAttempts attempts;
  @Inject CourseFacts courses;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;

  /** The view parameter as typed: text, so that "?id=abc" is "not found" as an unknown id is. */
  private String id;

  private Account learner;
  private List<LearnerEnrolment> enrolled = List.of();
  private List<QuizLine> quizzes = List.of();
  private Map<Long, String> courseTitles = Map.of();
  private AttemptView review;

  private Long dueEnrolmentId;

  @NotNull(message = "{platform.required}")
  private LocalDate dueOn;

  @NotBlank(message = "{platform.required}")
  @Size(max = 500, message = "{platform.tooLong}")
  private String dueReason;

  @NotNull(message = "{platform.required}")
  @Min(value = 0, message = "{platform.learner.score.range}")
  @Max(value = 100, message = "{platform.learner.score.range}")
  private Integer overrideScore;

  @NotBlank(message = "{platform.required}")
  @Size(max = 500, message = "{platform.tooLong}")
  private String overrideReason;

  private String extraQuiz;

  @NotBlank(message = "{platform.required}")
  @Size(max = 500, message = "{platform.tooLong}")
  private String extraReason;

  /** The view action: the person first (not found elsewhere), then what is theirs. */
  public void load() {
    long accountId;
    try {
      accountId = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new RecordNotFoundException("account", 0L);
    }
    learner = learners.learner(accountId);
    refresh();
  }

  private void refresh() {
    enrolled = enrolments.ofLearner(learner.getId(), MAX_ENROLMENTS);
    quizzes = attempts.of(learner.getId(), locale.getLanguage());
    courseTitles =
        courses.titles(
            quizzes.stream().map(QuizLine::contextId).filter(c -> c != 0).distinct().toList(),
            locale.getLanguage());
    if (review != null) {
      review = attempts.review(review.id(), locale.getLanguage());
    }
  }

  /** Opens one attempt's answers (and the override form beneath them). */
  public void show(AttemptLine attempt) {
    review = attempts.review(attempt.id(), locale.getLanguage());
    overrideScore = null;
    overrideReason = null;
  }

  public void closeReview() {
    review = null;
  }

  public void chooseDue(LearnerEnrolment enrolment) {
    dueEnrolmentId = enrolment.course().enrolmentId();
    dueOn = enrolment.course().dueOn();
    dueReason = null;
  }

  public void setDueDate() {
    try {
      enrolments.setPersonalDueDate(dueEnrolmentId, dueOn, dueReason);
      messages.info(Messages.PLATFORM, "coordination_learner.dueSet");
      dueEnrolmentId = null;
      dueReason = null;
      refresh();
    } catch (RuleViolationException rule) {
      messages.error("due:reason", rule);
    }
  }

  /** Takes the personal due date away: the cohort's or assignment's date counts again. */
  public void removeDue(LearnerEnrolment enrolment) {
    try {
      enrolments.removePersonalDueDate(enrolment.course().enrolmentId());
      messages.info(Messages.PLATFORM, "coordination_learner.dueRemoved");
      dueEnrolmentId = null;
      refresh();
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public void override() {
    try {
      attempts.override(review.id(), overrideScore, overrideReason);
      messages.info(Messages.PLATFORM, "coordination_learner.overridden");
      overrideScore = null;
      overrideReason = null;
      refresh();
    } catch (RuleViolationException rule) {
      messages.error("override:reason", rule);
    }
  }

  /** Takes the override of the attempt on show away: its own graded score counts again. */
  public void removeOverride() {
    try {
      attempts.removeOverride(review.id());
      messages.info(Messages.PLATFORM, "coordination_learner.overrideRemoved");
      refresh();
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  /** Whether the attempt on show has an override that counts instead of its graded score. */
  public boolean isReviewOverridden() {
    return review != null
        && quizzes.stream()
            .flatMap(q -> q.attempts().stream())
            .anyMatch(a -> a.id() == review.id() && a.overridden());
  }

  public void grantExtraAttempt() {
    QuizLine quiz = quizzes.stream().filter(q -> key(q).equals(extraQuiz)).findFirst().orElse(null);
    if (quiz == null) {
      messages.error("extra:quiz", Messages.PLATFORM, "coordination_learner.chooseQuiz");
      return;
    }
    try {
      attempts.grantExtraAttempt(learner.getId(), quiz.quizId(), quiz.contextId(), extraReason);
      messages.info(Messages.PLATFORM, "coordination_learner.extraGranted");
      extraReason = null;
      refresh();
    } catch (RuleViolationException rule) {
      messages.error("extra:reason", rule);
    }
  }

  /** A quiz line's value in the extra-attempt choice: quiz and context. */
  public String key(QuizLine quiz) {
    return quiz.quizId() + ":" + quiz.contextId();
  }

  /** Where the quiz was taken: the course's title, or nothing outside a course. */
  public String context(QuizLine quiz) {
    return quiz.contextId() == 0 ? "" : courseTitles.getOrDefault(quiz.contextId(), "");
  }

  public List<QuizLine> getLimitedQuizzes() {
    return quizzes.stream().filter(QuizLine::limited).toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Account getLearner() {
    return learner;
  }

  public List<LearnerEnrolment> getEnrolled() {
    return enrolled;
  }

  public List<QuizLine> getQuizzes() {
    return quizzes;
  }

  public AttemptView getReview() {
    return review;
  }

  public Long getDueEnrolmentId() {
    return dueEnrolmentId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getDueReason() {
    return dueReason;
  }

  public void setDueReason(String dueReason) {
    this.dueReason = dueReason;
  }

  public Integer getOverrideScore() {
    return overrideScore;
  }

  public void setOverrideScore(Integer overrideScore) {
    this.overrideScore = overrideScore;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public String getExtraQuiz() {
    return extraQuiz;
  }

  public void setExtraQuiz(String extraQuiz) {
    this.extraQuiz = extraQuiz;
  }

  public String getExtraReason() {
    return extraReason;
  }

  public void setExtraReason(String extraReason) {
    this.extraReason = extraReason;
  }
}
