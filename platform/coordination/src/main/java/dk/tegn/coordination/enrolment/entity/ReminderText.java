package dk.tegn.coordination.enrolment.entity;

import dk.tegn.i18n.ContentLanguages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation's own wording of one kind of reminder in one language (subject and body with
 * {@link ReminderTemplate} placeholders). Without one, the platform bundle's text is used.
 */
@Entity
@Table(name = "crd_reminder_text")
@NamedQuery(
    name = "ReminderText.find",
    query =
        "select t from ReminderText t where t.organisationId = :organisationId"
            + " and t.kind = :kind and t.language = :language")
public class ReminderText {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReminderKind kind;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ReminderText() {}

  public ReminderText(
      long organisationId,
      ReminderKind kind,
      String language,
      String subject,
      String body,
      Instant now) {
    if (!kind.isRewordable()) {
      throw new IllegalArgumentException(kind + " is always worded by the platform");
    }
    if (!ContentLanguages.isSupported(language)) {
      throw new IllegalArgumentException("unsupported language " + language);
    }
    this.organisationId = organisationId;
    this.kind = kind;
    this.language = language;
    reword(subject, body, now);
  }

  /** New wording; refused when either part is empty, too long or names an unknown placeholder. */
  public void reword(String subject, String body, Instant now) {
    if (!ReminderTemplate.isValid(subject, ReminderTemplate.SUBJECT_MAX)
        || !ReminderTemplate.isValid(body, ReminderTemplate.BODY_MAX)) {
      throw new IllegalArgumentException("not a valid reminder wording");
    }
    this.subject = subject.strip();
    this.body = body.strip();
    this.updatedAt = now;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public ReminderKind getKind() {
    return kind;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
