package dk.tegn.core.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One module's part of an erasure, done. */
@Entity
@Table(name = "plt_erasure_step")
public class ErasureStep implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "erasure_id", nullable = false, updatable = false)
  private Erasure erasure;

  @Column(nullable = false, updatable = false)
  private String module;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant doneAt;

  protected ErasureStep() {}

  ErasureStep(Erasure erasure, String module, Instant doneAt) {
    this.erasure = erasure;
    this.module = module;
    this.doneAt = doneAt;
  }

  public String getModule() {
    return module;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
