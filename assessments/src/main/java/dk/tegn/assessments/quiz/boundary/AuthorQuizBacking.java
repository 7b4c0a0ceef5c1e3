package dk.tegn.assessments.quiz.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.question.boundary.TextForm;
import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.GradingMethod;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.QuizSlot;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.quiz.entity.ReviewWhen;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.ViewerZone;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /assessments/author/quiz.xhtml} (new) or {@code ?id=<quizId>}: a quiz's title, pass mark,
 * attempts and grading method, time limit, pages, shuffling, review options and dates, and its
 * slots (fixed questions and random draws from a category), which can be reordered and removed.
 */
@Named
@ViewScoped
public class AuthorQuizBacking implements Serializable {

  /** A new quiz starts with the settings a quiz made from a course item gets. */
  private static final Quiz.Settings USUAL = Quiz.Settings.usual(null);

  @Inject QuizAuthoring authoring;
  @Inject QuestionBank bank;
  @Inject CurrentCaller caller;

  /** Opening and closing times are entered and shown on the trainer's own wall clock. */
  @Inject ViewerZone zone;

  private Long id;

  /** The course the trainer came from (a quiz made inside it), for the way back. */
  private Long course;

  /** Blank passes here: the page requires it only when saving. */
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,79}", message = "{assessments.key.pattern}")
  private String code;

  private boolean shared;
  @Valid private TextForm title = new TextForm();

  @Min(value = 0, message = "{assessments.quiz.passMark.range}")
  @Max(value = 100, message = "{assessments.quiz.passMark.range}")
  private int passMarkPercent = USUAL.passMarkPercent();

  @Min(value = 0, message = "{assessments.quiz.attemptsAllowed.range}")
  @Max(value = 100, message = "{assessments.quiz.attemptsAllowed.range}")
  private int attemptsAllowed = USUAL.attemptsAllowed();

  private GradingMethod gradingMethod = USUAL.gradingMethod();

  @Min(value = 1, message = "{assessments.quiz.timeLimit.range}")
  @Max(value = 1440, message = "{assessments.quiz.timeLimit.range}")
  private Integer timeLimitMinutes;

  @Min(value = 0, message = "{assessments.quiz.questionsPerPage.range}")
  @Max(value = 200, message = "{assessments.quiz.questionsPerPage.range}")
  private int questionsPerPage = USUAL.questionsPerPage();

  private boolean shuffleChoices = USUAL.shuffleChoices();
  private ReviewWhen reviewScore = USUAL.review().getScore();
  private ReviewWhen reviewRightAnswers = USUAL.review().getRightAnswers();
  private ReviewWhen reviewFeedback = USUAL.review().getFeedback();
  private LocalDateTime openAt;
  private LocalDateTime closeAt;

  private Long slotCategoryId;
  private Long slotQuestionId;

  @Min(value = 1, message = "{assessments.quiz.drawCount.range}")
  @Max(value = 500, message = "{assessments.quiz.drawCount.range}")
  private int drawCount = 1;

  private boolean loaded;

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public void load() {
    if (loaded || id == null) {
      loaded = true;
      return;
    }
    Quiz quiz = authoring.quiz(id);
    code = quiz.getCode();
    shared = quiz.getOrganisationId() == null;
    title = TextForm.of(quiz.getTitle());
    passMarkPercent = quiz.getPassMarkPercent();
    attemptsAllowed = quiz.getAttemptsAllowed();
    gradingMethod = quiz.getGradingMethod();
    timeLimitMinutes =
        quiz.getTimeLimitSeconds() == null ? null : (quiz.getTimeLimitSeconds() + 59) / 60;
    questionsPerPage = quiz.getQuestionsPerPage();
    shuffleChoices = quiz.isShuffleChoices();
    reviewScore = quiz.getReview().getScore();
    reviewRightAnswers = quiz.getReview().getRightAnswers();
    reviewFeedback = quiz.getReview().getFeedback();
    openAt = local(quiz.getOpenAt());
    closeAt = local(quiz.getCloseAt());
    loaded = true;
  }

  /** Creates the quiz or saves its settings; a new quiz then opens for adding questions. */
  public String saveSettings() {
    if (!settingsComplete()) {
      return null;
    }
    Quiz.Settings settings =
        new Quiz.Settings(
            title.toText(),
            passMarkPercent,
            attemptsAllowed,
            gradingMethod,
            timeLimitMinutes == null ? null : timeLimitMinutes * 60,
            questionsPerPage,
            shuffleChoices,
            new ReviewOptions(reviewScore, reviewRightAnswers, reviewFeedback),
            instant(openAt),
            instant(closeAt));
    try {
      if (id == null) {
        Long organisationId = shared ? null : BankAccess.homeOrganisation(caller);
        Quiz quiz = authoring.create(organisationId, code, settings);
        FacesSupport.info("assessments_author_quiz.created");
        return "/assessments/author/quiz.xhtml?faces-redirect=true&id=" + quiz.getId();
      }
      authoring.configure(id, settings);
      FacesSupport.info("assessments_author_quiz.saved");
    } catch (RuleViolationException e) {
      // a key in use is the key field's problem; other refusals concern the settings as a whole
      boolean keyTaken = "assessments_rule.codeTaken".equals(e.messageKey());
      FacesSupport.error(keyTaken ? "quiz:code" : null, e);
    }
    return null;
  }

  private boolean settingsComplete() {
    boolean complete = true;
    if (title.isBlank()) {
      FacesSupport.error("quiz:titleDa", "assessments_author_quiz.titleRequired");
      complete = false;
    }
    boolean afterClose =
        reviewScore == ReviewWhen.AFTER_CLOSE
            || reviewRightAnswers == ReviewWhen.AFTER_CLOSE
            || reviewFeedback == ReviewWhen.AFTER_CLOSE;
    if (afterClose && closeAt == null) {
      FacesSupport.error("quiz:closeAt", "assessments_author_quiz.closeAtNeeded");
      complete = false;
    }
    if (openAt != null && closeAt != null && !openAt.isBefore(closeAt)) {
      FacesSupport.error("quiz:closeAt", "assessments_author_quiz.closeAfterOpen");
      complete = false;
    }
    return complete;
  }

  public void addQuestion() {
    if (slotQuestionId == null) {
      FacesSupport.error("slots:question", "assessments_author_quiz.questionRequired");
      return;
    }
    slotChange(() -> authoring.addQuestion(id, slotQuestionId));
    slotQuestionId = null;
  }

  public void addRandom() {
    if (slotCategoryId == null) {
      FacesSupport.error("slots:category", "assessments_author_quiz.categoryRequired");
      return;
    }
    try {
      authoring.addRandom(id, slotCategoryId, drawCount);
    } catch (RuleViolationException e) {
      FacesSupport.error("slots:drawCount", e);
    }
  }

  public void move(int position, int direction) {
    slotChange(() -> authoring.moveSlot(id, position, direction));
  }

  public void remove(int position) {
    slotChange(() -> authoring.removeSlot(id, position));
  }

  private void slotChange(Runnable change) {
    try {
      change.run();
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
    }
  }

  // ---- the page

  public List<QuizSlot> getSlots() {
    return id == null ? List.of() : authoring.quiz(id).getSlots();
  }

  public int getQuestionCount() {
    return id == null ? 0 : authoring.quiz(id).questionCount();
  }

  public List<Category> getCategories() {
    return bank.categories(0, 500);
  }

  /** The questions of the category picked for a fixed slot. */
  public List<QuestionVersion> getCategoryQuestions() {
    return slotCategoryId == null ? List.of() : bank.questions(slotCategoryId, 0, 500);
  }

  public GradingMethod[] getGradingMethods() {
    return GradingMethod.values();
  }

  public ReviewWhen[] getReviewWhens() {
    return ReviewWhen.values();
  }

  public boolean isEditing() {
    return id != null;
  }

  private LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone.zone());
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone.zone()).toInstant();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }

  public TextForm getTitle() {
    return title;
  }

  public int getPassMarkPercent() {
    return passMarkPercent;
  }

  public void setPassMarkPercent(int passMarkPercent) {
    this.passMarkPercent = passMarkPercent;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public void setAttemptsAllowed(int attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  public GradingMethod getGradingMethod() {
    return gradingMethod;
  }

  public void setGradingMethod(GradingMethod gradingMethod) {
    this.gradingMethod = gradingMethod;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public int getQuestionsPerPage() {
    return questionsPerPage;
  }

  public void setQuestionsPerPage(int questionsPerPage) {
    this.questionsPerPage = questionsPerPage;
  }

  public boolean isShuffleChoices() {
    return shuffleChoices;
  }

  public void setShuffleChoices(boolean shuffleChoices) {
    this.shuffleChoices = shuffleChoices;
  }

  public ReviewWhen getReviewScore() {
    return reviewScore;
  }

  public void setReviewScore(ReviewWhen reviewScore) {
    this.reviewScore = reviewScore;
  }

  public ReviewWhen getReviewRightAnswers() {
    return reviewRightAnswers;
  }

  public void setReviewRightAnswers(ReviewWhen reviewRightAnswers) {
    this.reviewRightAnswers = reviewRightAnswers;
  }

  public ReviewWhen getReviewFeedback() {
    return reviewFeedback;
  }

  public void setReviewFeedback(ReviewWhen reviewFeedback) {
    this.reviewFeedback = reviewFeedback;
  }

  public LocalDateTime getOpenAt() {
    return openAt;
  }

  public void setOpenAt(LocalDateTime openAt) {
    this.openAt = openAt;
  }

  public LocalDateTime getCloseAt() {
    return closeAt;
  }

  public void setCloseAt(LocalDateTime closeAt) {
    this.closeAt = closeAt;
  }

  public Long getSlotCategoryId() {
    return slotCategoryId;
  }

  public void setSlotCategoryId(Long slotCategoryId) {
    this.slotCategoryId = slotCategoryId;
  }

  public Long getSlotQuestionId() {
    return slotQuestionId;
  }

  public void setSlotQuestionId(Long slotQuestionId) {
    this.slotQuestionId = slotQuestionId;
  }

  public int getDrawCount() {
    return drawCount;
  }

  public void setDrawCount(int drawCount) {
    this.drawCount = drawCount;
  }
}
