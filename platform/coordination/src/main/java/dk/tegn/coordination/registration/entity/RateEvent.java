package dk.tegn.coordination.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt counted against a rate-limit bucket (a hash of an address or a client). */
@Entity
@Table(name = "crd_rate_event")
@NamedQuery(
    name = "RateEvent.countSince",
    query = "select count(e) from RateEvent e where e.bucket = :bucket and e.at > :since")
@NamedQuery(name = "RateEvent.deleteBefore", query = "delete from RateEvent e where e.at < :before")
public class RateEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String bucket;

  @Column(nullable = false)
  private Instant at;

  protected RateEvent() {}

  public RateEvent(String bucket, Instant at) {
    this.bucket = bucket;
    this.at = at;
  }

  public String getBucket() {
    return bucket;
  }

  public Instant getAt() {
    return at;
  }
}
