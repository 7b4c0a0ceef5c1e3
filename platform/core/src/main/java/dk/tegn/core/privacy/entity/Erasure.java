package dk.tegn.core.privacy.entity;

import dk.tegn.core.privacy.ErasureReason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The erasure of one person: who asked, when, why (an admin's decision or the retention rule), and
 * which modules have done their part. Holds ids only.
 */
@Entity
@Table(name = "plt_erasure")
@NamedQuery(
    name = "Erasure.findByAccount",
    query = "select e from Erasure e where e.accountId = :accountId")
@NamedQuery(
    name = "Erasure.findUnfinished",
    query = "select e from Erasure e where e.completedAt is null order by e.id")
public class Erasure implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "requested_by", updatable = false)
  private Long requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  @OneToMany(mappedBy = "erasure", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ErasureStep> steps = new ArrayList<>();

  protected Erasure() {}

  public Erasure(long accountId, Long requestedBy, ErasureReason reason, Instant now) {
    this.accountId = accountId;
    this.requestedBy = requestedBy;
    this.reason = reason.name();
    this.requestedAt = Objects.requireNonNull(now);
  }

  public boolean isDone(String module) {
    return steps.stream().anyMatch(s -> s.getModule().equals(module));
  }

  /** Records a module's part as done; a second time changes nothing. */
  public void done(String module, Instant now) {
    if (!isDone(module)) {
      steps.add(new ErasureStep(this, module, now));
    }
  }

  public void complete(Instant now) {
    if (completedAt == null) {
      completedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Long getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public ErasureReason getReason() {
    return ErasureReason.valueOf(reason);
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public List<ErasureStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }
}
