package dk.tegn.courses.course.entity;

import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One step of a module: a Markdown lesson, a scenario (story, question, explanation revealed on
 * demand) or a quiz of the assessments module, referred to by id only.
 */
@Entity
@Table(name = "crs_item")
public class CourseItem implements Positioned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @Column(name = "item_key", nullable = false)
  private long key;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemKind kind;

  @Column(nullable = false)
  private LocalizedText title;

  @Column(nullable = false)
  private LocalizedText body = LocalizedText.empty();

  @Column(nullable = false)
  private LocalizedText story = LocalizedText.empty();

  @Column(nullable = false)
  private LocalizedText question = LocalizedText.empty();

  @Column(nullable = false)
  private LocalizedText explanation = LocalizedText.empty();

  /** The key a course package gave it; null when made in the editor (see PackageKeys). */
  @Column(name = "package_key", length = 80)
  private String packageKey;

  @Column(name = "quiz_id")
  private Long quizId;

  @Column(name = "scorm_package_id")
  private Long scormPackageId;

  @Column(nullable = false)
  private boolean required = true;

  @Column(name = "mark_done_required", nullable = false)
  private boolean markDoneRequired;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Column(name = "review_due")
  private LocalDate reviewDue;

  @Version private long version;

  protected CourseItem() {}

  CourseItem(
      CourseModule module, long key, int position, ItemKind kind, String language, String title) {
    Course.requireLanguage(language);
    this.module = module;
    this.key = key;
    this.position = position;
    this.kind = kind;
    this.title = LocalizedText.of(language, Course.requireText(title));
  }

  /** Writes one of this item's texts in one language; a blank text removes that translation. */
  public void translate(TextField field, String language, String text) {
    Course.requireLanguage(language);
    if (!kind.fields().contains(field)) {
      throw new IllegalArgumentException(kind + " has no " + field);
    }
    switch (field) {
      case TITLE -> title = Course.keepAuthored(title.with(language, text));
      case BODY -> body = body.with(language, text);
      case STORY -> story = story.with(language, text);
      case QUESTION -> question = question.with(language, text);
      case EXPLANATION -> explanation = explanation.with(language, text);
      default -> throw new IllegalArgumentException(kind + " has no " + field);
    }
  }

  public LocalizedText text(TextField field) {
    return switch (field) {
      case TITLE -> title;
      case BODY -> body;
      case STORY -> story;
      case QUESTION -> question;
      case EXPLANATION -> explanation;
      case SUMMARY -> LocalizedText.empty();
    };
  }

  public void pointTo(long quizId) {
    if (kind != ItemKind.QUIZ) {
      throw new IllegalStateException("only a quiz item points to a quiz");
    }
    this.quizId = quizId;
  }

  /** Plays this SCORM package; a new upload replaces the package of the draft only. */
  public void playScorm(long packageId) {
    if (kind != ItemKind.SCORM) {
      throw new IllegalStateException("only a SCORM item plays a SCORM package");
    }
    this.scormPackageId = packageId;
  }

  /** Whether the module counts as complete only once this item is done. */
  public void require(boolean required) {
    this.required = required;
  }

  /**
   * A lesson or scenario is done when opened; with this set the trainee has to say they are done.
   */
  public void askToMarkDone(boolean markDoneRequired) {
    if ((kind == ItemKind.QUIZ || kind == ItemKind.SCORM) && markDoneRequired) {
      throw new IllegalStateException("a quiz or SCORM package is done when passed or completed");
    }
    this.markDoneRequired = markDoneRequired;
  }

  /** Records who checked this lesson's facts and when it is due again; null clears it. */
  public void reviewed(Review review) {
    reviewedBy = review == null ? null : review.by();
    reviewedOn = review == null ? null : review.on();
    reviewDue = review == null ? null : review.due();
  }

  /** The last review, or null when the lesson has none. */
  public Review review() {
    return reviewedOn == null ? null : new Review(reviewedBy, reviewedOn, reviewDue);
  }

  @Override
  public void placeAt(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public CourseModule getModule() {
    return module;
  }

  public long getKey() {
    return key;
  }

  public String getPackageKey() {
    return packageKey;
  }

  /** Remembers the key the imported package gave it, so export and lesson references keep it. */
  public void keyedInPackage(String packageKey) {
    this.packageKey = packageKey;
  }

  public int getPosition() {
    return position;
  }

  public ItemKind getKind() {
    return kind;
  }

  public LocalizedText getTitle() {
    return title;
  }

  public Long getQuizId() {
    return quizId;
  }

  public Long getScormPackageId() {
    return scormPackageId;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isMarkDoneRequired() {
    return markDoneRequired;
  }
}
