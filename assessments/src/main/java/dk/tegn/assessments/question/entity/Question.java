package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A question in a category: its history of versions, the current one shown to new attempts. */
@Entity
@Table(name = "asm_question")
@NamedQuery(
    name = "Question.findByCode",
    query = "select q from Question q where q.category.id = :categoryId and q.code = :code")
@NamedQuery(
    name = "Question.listIdsForDraw",
    query =
        "select q.category.id, q.id from Question q where q.category.id in :categoryIds"
            + " and q.retired = false and q.currentNumber > 0")
@NamedQuery(
    name = "Question.listByCategory",
    query = "select q from Question q where q.category.id = :categoryId order by q.code")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private Category category;

  @Column(nullable = false)
  private String code;

  /** Comma-separated audience tags, e.g. "police,health". */
  @Column(nullable = false)
  private String audiences = "";

  /**
   * The lesson that teaches this question, as its course package names it ("module/item"); null
   * when none is named. Courses turns it into a link for a trainee who missed the question.
   */
  @Column(length = 200)
  private String lesson;

  @Column(name = "current_number", nullable = false)
  private int currentNumber;

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<QuestionVersion> versions = new ArrayList<>();

  protected Question() {}

  public Question(Category category, String code, List<String> audiences, Instant now) {
    this.category = Objects.requireNonNull(category);
    this.code = Content.requireKey(code);
    tag(audiences);
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * Makes the given wording current. A wording identical to the current one adds nothing, so saving
   * or importing the same question twice keeps one version.
   */
  public QuestionVersion revise(
      LocalizedText text,
      LocalizedText generalFeedback,
      Content content,
      Instant now,
      Long authorId) {
    QuestionVersion current = current();
    if (current != null && current.sameAs(text, generalFeedback, content)) {
      return current;
    }
    QuestionVersion next =
        new QuestionVersion(this, currentNumber + 1, text, generalFeedback, content, now, authorId);
    versions.add(next);
    currentNumber = next.getNumber();
    retired = false;
    return next;
  }

  public void tag(List<String> audiences) {
    this.audiences =
        String.join(
            ",",
            audiences.stream().map(String::trim).filter(a -> !a.isEmpty()).distinct().toList());
  }

  /** Names the lesson that teaches this question ("module/item"), or none (null or blank). */
  public void teachIn(String lesson) {
    this.lesson = lesson == null || lesson.isBlank() ? null : lesson.trim();
  }

  public String getLesson() {
    return lesson;
  }

  /** Retired questions stay for the attempts that showed them but are no longer drawn. */
  public void retire() {
    retired = true;
  }

  public QuestionVersion current() {
    return versions.stream().filter(v -> v.getNumber() == currentNumber).findFirst().orElse(null);
  }

  public Long getId() {
    return id;
  }

  public Category getCategory() {
    return category;
  }

  public String getCode() {
    return code;
  }

  public List<String> getAudiences() {
    return audiences.isEmpty() ? List.of() : Arrays.asList(audiences.split(","));
  }

  public int getCurrentNumber() {
    return currentNumber;
  }

  public boolean isRetired() {
    return retired;
  }

  public List<QuestionVersion> getVersions() {
    return List.copyOf(versions);
  }

  public long getVersion() {
    return version;
  }
}
