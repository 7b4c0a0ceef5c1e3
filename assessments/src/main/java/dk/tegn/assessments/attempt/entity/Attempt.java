package dk.tegn.assessments.attempt.entity;

import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One learner's attempt at a quiz. Its questions, their order and their options' order are fixed at
 * start. It can be answered only while in progress and not past its deadline, and it is graded
 * exactly once.
 */
@Entity
@Table(name = "asm_attempt")
@NamedQuery(
    name = "Attempt.listByLearnerQuizAndContext",
    query =
        "select a from Attempt a where a.learnerId = :learnerId and a.quiz.id = :quizId"
            + " and a.contextId = :contextId order by a.number",
    // the bound as a hint, prepared once: setMaxResults on each call made EclipseLink build the SQL
    // again on every page (ops/BENCHMARKS.md §9.2, §9.8)
    hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "1000"))
@NamedQuery(
    name = "Attempt.listOverdueIds",
    query =
        "select a.id from Attempt a where a.state = dk.tegn.assessments.attempt.entity.AttemptState.IN_PROGRESS"
            + " and a.deadline < :now order by a.deadline")
@NamedQuery(
    name = "Attempt.listByLearner",
    query =
        "select a from Attempt a join fetch a.quiz where a.learnerId = :learnerId"
            + " and a.state <> dk.tegn.assessments.attempt.entity.AttemptState.PREPARED"
            + " order by a.quiz.id, a.contextId, a.number")
@NamedQuery(
    name = "Attempt.deletePreparedBefore",
    query =
        "delete from Attempt a where a.state = dk.tegn.assessments.attempt.entity.AttemptState.PREPARED"
            + " and a.preparedAt < :before")
@NamedQuery(
    name = "Attempt.findAnswerable",
    query = "select a.state, a.deadline, a.learnerId from Attempt a where a.id = :attemptId")
public class Attempt {

  /** Scores are floored to whole percents; this absorbs binary rounding (0.29 * 100). */
  private static final double EPSILON = 1e-9;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "quiz_id", nullable = false, updatable = false)
  private Quiz quiz;

  @Column(name = "learner_id", nullable = false, updatable = false)
  private long learnerId;

  /**
   * Where the quiz was taken, as the module that sent the learner names it (courses: the course
   * id); 0 outside any. Attempts are numbered, limited and graded per learner, quiz and context.
   */
  @Column(name = "context_id", nullable = false, updatable = false)
  private long contextId;

  /** 1, 2, ... in the order of starting; 0 while prepared (one prepared per learner and quiz). */
  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptState state = AttemptState.IN_PROGRESS;

  @Column(nullable = false, updatable = false)
  private long seed;

  /** Null while prepared. */
  @Column(name = "started_at")
  private Instant startedAt;

  /** When it was prepared, for removing those never started; null if started without. */
  @Column(name = "prepared_at", updatable = false)
  private Instant preparedAt;

  /** The quiz's version when prepared: another at the start means the quiz changed since. */
  @Column(name = "quiz_version")
  private Long quizVersion;

  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "finished_by")
  private FinishedBy finishedBy;

  private Double fraction;

  @Column(name = "score_percent")
  private Integer scorePercent;

  private Boolean passed;

  @Version private long version;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
  @OrderBy("slot")
  private List<AttemptSlot> slots = new ArrayList<>();

  protected Attempt() {}

  /**
   * @param questions the drawn question versions in attempt order, each with its option order
   */
  public Attempt(
      Quiz quiz,
      long learnerId,
      long contextId,
      int number,
      long seed,
      Instant now,
      List<Map.Entry<QuestionVersion, Map<String, List<String>>>> questions) {
    this.quiz = Objects.requireNonNull(quiz);
    this.learnerId = learnerId;
    this.contextId = contextId;
    this.number = number;
    this.seed = seed;
    this.startedAt = now;
    this.deadline = quiz.deadlineFor(now);
    for (var q : questions) {
      slots.add(new AttemptSlot(this, slots.size() + 1, q.getKey(), q.getValue()));
    }
  }

  /**
   * An attempt drawn before its start: number 0, no start, no deadline, state {@link
   * AttemptState#PREPARED}; {@link #stamp} starts it.
   */
  public static Attempt prepared(
      Quiz quiz,
      long learnerId,
      long contextId,
      long seed,
      Instant now,
      List<Map.Entry<QuestionVersion, Map<String, List<String>>>> questions) {
    Attempt attempt = new Attempt(quiz, learnerId, contextId, 0, seed, now, questions);
    attempt.state = AttemptState.PREPARED;
    attempt.startedAt = null;
    attempt.deadline = null;
    attempt.preparedAt = now;
    attempt.quizVersion = quiz.getVersion();
    return attempt;
  }

  public boolean isPrepared() {
    return state == AttemptState.PREPARED;
  }

  /** Prepared for the quiz as it is now (its version unchanged since). */
  public boolean isPreparedFor(Quiz current) {
    return isPrepared() && quizVersion != null && quizVersion == current.getVersion();
  }

  /**
   * Starts a prepared attempt now, as the given attempt number: the timer starts here. Written as
   * one UPDATE guarded by the row's version, so of two starts of it only one commits.
   */
  public void stamp(int number, Instant now) {
    if (!isPrepared()) {
      throw new IllegalStateException("attempt " + id + " is not prepared");
    }
    this.number = number;
    this.state = AttemptState.IN_PROGRESS;
    this.startedAt = now;
    this.deadline = quiz.deadlineFor(now);
    this.quizVersion = null;
  }

  public boolean isInProgress() {
    return state == AttemptState.IN_PROGRESS;
  }

  /** In progress but past its deadline: to be submitted with what was saved. */
  public boolean isOverdue(Instant now) {
    return isInProgress() && deadline != null && now.isAfter(deadline);
  }

  /**
   * Refuses an answer after submission or past the deadline (the deadline second itself still
   * counts).
   */
  public void requireAnswerable(Instant now) {
    requireAnswerable(state, deadline, now);
  }

  /**
   * The same rule for the answer save, which reads only these two columns of the attempt (see
   * {@code Attempt.findAnswerable}).
   */
  public static void requireAnswerable(AttemptState state, Instant deadline, Instant now) {
    if (state != AttemptState.IN_PROGRESS) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.submitted");
    }
    if (deadline != null && now.isAfter(deadline)) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.timeUp");
    }
  }

  public AttemptSlot slot(int slot) {
    return slots.stream().filter(s -> s.getSlot() == slot).findFirst().orElse(null);
  }

  /**
   * Grades what was saved and closes the attempt. Submitting again is refused and changes nothing.
   *
   * @param answers slot number to the saved response; unanswered slots score zero
   */
  public void submit(Map<Integer, Response> answers, FinishedBy by, Instant now) {
    if (!isInProgress()) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_attempt.alreadySubmitted");
    }
    double sum = 0;
    for (AttemptSlot s : slots) {
      sum += s.grade(answers.get(s.getSlot()));
    }
    fraction = slots.isEmpty() ? 0 : sum / slots.size();
    scorePercent = (int) Math.floor(fraction * 100 + EPSILON);
    passed = scorePercent >= quiz.getPassMarkPercent();
    state = AttemptState.SUBMITTED;
    submittedAt = now;
    finishedBy = by;
  }

  /** Seconds left before the deadline, never negative; null without a deadline. */
  public Long secondsLeft(Instant now) {
    if (deadline == null) {
      return null;
    }
    return Math.max(0, deadline.getEpochSecond() - now.getEpochSecond());
  }

  public Long getId() {
    return id;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getContextId() {
    return contextId;
  }

  public int getNumber() {
    return number;
  }

  public AttemptState getState() {
    return state;
  }

  public long getSeed() {
    return seed;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public FinishedBy getFinishedBy() {
    return finishedBy;
  }

  public Double getFraction() {
    return fraction;
  }

  public Integer getScorePercent() {
    return scorePercent;
  }

  public Boolean getPassed() {
    return passed;
  }

  public List<AttemptSlot> getSlots() {
    return List.copyOf(slots);
  }
}
