package dk.tegn.assessments.quiz.entity;

import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentRuleException;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A quiz: its slots and the rules of taking it. The settings are checked together in {@link
 * #configure}, so a quiz is never saved half-valid (e.g. review after close without a close date).
 * Its key (code) is unique within its organisation, or among the shared quizzes.
 */
@Entity
@Table(name = "asm_quiz")
@NamedQuery(
    name = "Quiz.findOwnByCode",
    query = "select q from Quiz q where q.organisationId = :organisationId and q.code = :code")
@NamedQuery(
    name = "Quiz.findSharedByCode",
    query = "select q from Quiz q where q.organisationId is null and q.code = :code")
@NamedQuery(
    name = "Quiz.listVisible",
    query =
        "select q from Quiz q where q.organisationId is null or q.organisationId in"
            + " :organisations order by q.code")
public class Quiz {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private LocalizedText title;

  @Column(name = "pass_mark_percent", nullable = false)
  private int passMarkPercent;

  /** 0 = unlimited. */
  @Column(name = "attempts_allowed", nullable = false)
  private int attemptsAllowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_method", nullable = false)
  private GradingMethod gradingMethod = GradingMethod.HIGHEST;

  @Column(name = "time_limit_seconds")
  private Integer timeLimitSeconds;

  /** 0 = all questions on one page. */
  @Column(name = "questions_per_page", nullable = false)
  private int questionsPerPage;

  @Column(name = "shuffle_choices", nullable = false)
  private boolean shuffleChoices = true;

  @Embedded private ReviewOptions review = ReviewOptions.afterAttempt();

  @Column(name = "open_at")
  private Instant openAt;

  @Column(name = "close_at")
  private Instant closeAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuizSlot> slots = new ArrayList<>();

  protected Quiz() {}

  public Quiz(Long organisationId, String code, Settings settings, Instant now) {
    this.organisationId = organisationId;
    this.code = Content.requireKey(code);
    this.createdAt = Objects.requireNonNull(now);
    configure(settings);
  }

  /** Everything an author sets on a quiz besides its slots. */
  public record Settings(
      LocalizedText title,
      int passMarkPercent,
      int attemptsAllowed,
      GradingMethod gradingMethod,
      Integer timeLimitSeconds,
      int questionsPerPage,
      boolean shuffleChoices,
      ReviewOptions review,
      Instant openAt,
      Instant closeAt) {

    /** A new quiz's settings, as the quiz page offers them: pass at 80 %, review after each try. */
    public static Settings usual(LocalizedText title) {
      return new Settings(
          title,
          80,
          0,
          GradingMethod.HIGHEST,
          null,
          1,
          true,
          ReviewOptions.afterAttempt(),
          null,
          null);
    }
  }

  public void configure(Settings s) {
    if (s.title() == null || s.title().isEmpty()) {
      throw new ContentRuleException("quiz.title");
    }
    if (s.passMarkPercent() < 0 || s.passMarkPercent() > 100) {
      throw new ContentRuleException("quiz.passMark");
    }
    if (s.attemptsAllowed() < 0) {
      throw new ContentRuleException("quiz.attempts");
    }
    if (s.timeLimitSeconds() != null && s.timeLimitSeconds() <= 0) {
      throw new ContentRuleException("quiz.timeLimit");
    }
    if (s.questionsPerPage() < 0) {
      throw new ContentRuleException("quiz.perPage");
    }
    if (s.openAt() != null && s.closeAt() != null && !s.openAt().isBefore(s.closeAt())) {
      throw new ContentRuleException("quiz.opensBeforeCloses");
    }
    ReviewOptions review = Objects.requireNonNullElse(s.review(), ReviewOptions.afterAttempt());
    if (review.needsCloseDate() && s.closeAt() == null) {
      throw new ContentRuleException("quiz.reviewNeedsClose");
    }
    this.title = s.title();
    this.passMarkPercent = s.passMarkPercent();
    this.attemptsAllowed = s.attemptsAllowed();
    this.gradingMethod = Objects.requireNonNullElse(s.gradingMethod(), GradingMethod.HIGHEST);
    this.timeLimitSeconds = s.timeLimitSeconds();
    this.questionsPerPage = s.questionsPerPage();
    this.shuffleChoices = s.shuffleChoices();
    this.review = review;
    this.openAt = s.openAt();
    this.closeAt = s.closeAt();
  }

  public Settings settings() {
    return new Settings(
        title,
        passMarkPercent,
        attemptsAllowed,
        gradingMethod,
        timeLimitSeconds,
        questionsPerPage,
        shuffleChoices,
        review,
        openAt,
        closeAt);
  }

  public QuizSlot addQuestion(Question question) {
    QuizSlot slot = new QuizSlot(this, slots.size() + 1, question, null, 1);
    slots.add(slot);
    return slot;
  }

  public QuizSlot addRandom(Category category, int count) {
    QuizSlot slot = new QuizSlot(this, slots.size() + 1, null, category, count);
    slots.add(slot);
    return slot;
  }

  public void removeSlot(int position) {
    slots.removeIf(s -> s.getPosition() == position);
    renumber();
  }

  /** Moves the slot at {@code position} one place up (-1) or down (+1). */
  public void moveSlot(int position, int direction) {
    int from = position - 1;
    int to = from + Integer.signum(direction);
    if (from < 0 || from >= slots.size() || to < 0 || to >= slots.size()) {
      return;
    }
    slots.add(to, slots.remove(from));
    renumber();
  }

  public void clearSlots() {
    slots.clear();
  }

  private void renumber() {
    for (int i = 0; i < slots.size(); i++) {
      slots.get(i).moveTo(i + 1);
    }
  }

  /** Whether an attempt may be started now. */
  public boolean isOpen(Instant now) {
    return (openAt == null || !now.isBefore(openAt)) && (closeAt == null || now.isBefore(closeAt));
  }

  /**
   * When an attempt started at {@code startedAt} must end: the time limit, cut short by the close
   * date; null when neither applies.
   */
  public Instant deadlineFor(Instant startedAt) {
    Instant deadline =
        timeLimitSeconds == null ? null : startedAt.plus(Duration.ofSeconds(timeLimitSeconds));
    if (closeAt != null && (deadline == null || closeAt.isBefore(deadline))) {
      deadline = closeAt;
    }
    return deadline;
  }

  public boolean allowsAnotherAttempt(int attemptsSoFar) {
    return allowsAnotherAttempt(attemptsSoFar, 0);
  }

  /** As {@link #allowsAnotherAttempt(int)}, with {@code extra} attempts granted to the learner. */
  public boolean allowsAnotherAttempt(int attemptsSoFar, long extra) {
    return attemptsAllowed == 0 || attemptsSoFar < attemptsAllowed + extra;
  }

  public int questionCount() {
    return slots.stream().mapToInt(QuizSlot::getCount).sum();
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getTitle() {
    return title;
  }

  public int getPassMarkPercent() {
    return passMarkPercent;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public GradingMethod getGradingMethod() {
    return gradingMethod;
  }

  public Integer getTimeLimitSeconds() {
    return timeLimitSeconds;
  }

  public int getQuestionsPerPage() {
    return questionsPerPage;
  }

  public boolean isShuffleChoices() {
    return shuffleChoices;
  }

  public ReviewOptions getReview() {
    return review;
  }

  public Instant getOpenAt() {
    return openAt;
  }

  public Instant getCloseAt() {
    return closeAt;
  }

  public List<QuizSlot> getSlots() {
    return List.copyOf(slots);
  }

  public long getVersion() {
    return version;
  }
}
