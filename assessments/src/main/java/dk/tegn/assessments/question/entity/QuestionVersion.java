package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One immutable wording of a question. Editing a question adds a version; attempts keep pointing at
 * the version they showed, so a result can always be reviewed as it was given.
 */
@Entity
@Table(name = "asm_question_version")
@NamedQuery(
    name = "QuestionVersion.listCurrentByCategory",
    query =
        "select v from QuestionVersion v join v.question q where q.category.id = :categoryId"
            + " and v.number = q.currentNumber and q.retired = false order by q.code")
@NamedQuery(
    name = "QuestionVersion.countCurrentByCategory",
    query =
        "select count(q) from Question q where q.category.id = :categoryId and q.retired = false")
// immutable, and read by every attempt start, view and grading: kept in the shared cache, so its
// content JSON is parsed once per instance instead of once per read (safe across a cluster too)
@Cacheable
public class QuestionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private Question question;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private QuestionType type;

  @Column(nullable = false, updatable = false)
  private LocalizedText text;

  @Column(name = "general_feedback", nullable = false, updatable = false)
  private LocalizedText generalFeedback;

  @Convert(converter = ContentConverter.class)
  @Column(nullable = false, updatable = false)
  private Content content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private Long createdBy;

  protected QuestionVersion() {}

  QuestionVersion(
      Question question,
      int number,
      LocalizedText text,
      LocalizedText generalFeedback,
      Content content,
      Instant now,
      Long createdBy) {
    if (text == null || text.isEmpty()) {
      throw new ContentRuleException("question.text");
    }
    this.question = question;
    this.number = number;
    this.content = Objects.requireNonNull(content);
    this.type = content.type();
    this.text = text;
    this.generalFeedback = Objects.requireNonNullElse(generalFeedback, LocalizedText.empty());
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  /** True when this version says the same as the given wording (no new version needed). */
  boolean sameAs(LocalizedText text, LocalizedText generalFeedback, Content content) {
    return this.text.equals(text)
        && this.generalFeedback.equals(
            Objects.requireNonNullElse(generalFeedback, LocalizedText.empty()))
        && this.content.equals(content);
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public int getNumber() {
    return number;
  }

  public QuestionType getType() {
    return type;
  }

  public LocalizedText getText() {
    return text;
  }

  public LocalizedText getGeneralFeedback() {
    return generalFeedback;
  }

  public Content getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
