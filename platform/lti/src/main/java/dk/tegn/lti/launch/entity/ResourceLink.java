package dk.tegn.lti.launch.entity;

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
 * A link on a platform's course page and the Tegn course or quiz it opens, with the grade book
 * column (line item) the platform gave it, when it offers Assignment and Grade Services.
 */
@Entity
@Table(name = "lti_resource_link")
@NamedQuery(
    name = "ResourceLink.find",
    query =
        "select l from ResourceLink l where l.platformId = :platformId and l.resourceLinkId ="
            + " :resourceLinkId")
public class ResourceLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "platform_id", nullable = false)
  private long platformId;

  @Column(name = "resource_link_id", nullable = false)
  private String resourceLinkId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false)
  private TargetKind targetKind;

  @Column(name = "target_id", nullable = false)
  private long targetId;

  @Column(name = "lineitem_url")
  private String lineitemUrl;

  @Column(name = "score_scope", nullable = false)
  private boolean scoreScope;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ResourceLink() {}

  public ResourceLink(
      long platformId, String resourceLinkId, TargetKind kind, long targetId, Instant createdAt) {
    this.platformId = platformId;
    this.resourceLinkId = resourceLinkId;
    this.targetKind = kind;
    this.targetId = targetId;
    this.createdAt = createdAt;
  }

  /** Each launch tells the link again: what it opens and where its grades go may have changed. */
  public void retarget(TargetKind kind, long targetId, String lineitemUrl, boolean scoreScope) {
    this.targetKind = kind;
    this.targetId = targetId;
    this.lineitemUrl = lineitemUrl;
    this.scoreScope = scoreScope;
  }

  /** Whether Tegn may post scores for this link: a line item and the score scope. */
  public boolean takesScores() {
    return lineitemUrl != null && scoreScope;
  }

  public Long getId() {
    return id;
  }

  public long getPlatformId() {
    return platformId;
  }

  public String getResourceLinkId() {
    return resourceLinkId;
  }

  public TargetKind getTargetKind() {
    return targetKind;
  }

  public long getTargetId() {
    return targetId;
  }

  public String getLineitemUrl() {
    return lineitemUrl;
  }
}
