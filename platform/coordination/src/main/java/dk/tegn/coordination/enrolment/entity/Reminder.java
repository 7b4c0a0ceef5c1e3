package dk.tegn.coordination.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A mail sent about an enrolment on a day: the daily run sends each at most once. Reminders claim
 * their row with an insert the unique key (enrolment, kind, day) may ignore ({@code Reminders}).
 */
@Entity
@Table(name = "crd_reminder")
public class Reminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReminderKind kind;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  protected Reminder() {}

  public Reminder(long enrolmentId, ReminderKind kind, LocalDate sentOn) {
    this.enrolmentId = enrolmentId;
    this.kind = kind;
    this.sentOn = sentOn;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public ReminderKind getKind() {
    return kind;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }
}
