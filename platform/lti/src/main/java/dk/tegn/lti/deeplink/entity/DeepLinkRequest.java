package dk.tegn.lti.deeplink.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A teacher's Deep Linking request, verified, waiting for the pick. The random code in the picker's
 * address stands for it; it answers once.
 */
@Entity
@Table(name = "lti_deep_link")
public class DeepLinkRequest {

  /** How long the teacher has to pick. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  @Id private String code;

  @Column(name = "platform_id", nullable = false)
  private long platformId;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(name = "return_url", nullable = false)
  private String returnUrl;

  @Column(name = "data_claim")
  private String data;

  @Column(nullable = false)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected DeepLinkRequest() {}

  public DeepLinkRequest(
      String code,
      long platformId,
      String deploymentId,
      String returnUrl,
      String data,
      String locale,
      Instant createdAt) {
    this.code = code;
    this.platformId = platformId;
    this.deploymentId = deploymentId;
    this.returnUrl = returnUrl;
    this.data = data;
    this.locale = locale;
    this.createdAt = createdAt;
  }

  public boolean isOpen(Instant now) {
    return usedAt == null && !now.isAfter(createdAt.plus(LIFETIME));
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public String getCode() {
    return code;
  }

  public long getPlatformId() {
    return platformId;
  }

  public String getDeploymentId() {
    return deploymentId;
  }

  public String getReturnUrl() {
    return returnUrl;
  }

  public String getData() {
    return data;
  }

  public String getLocale() {
    return locale;
  }
}
