package dk.tegn.intake.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An intake officer who is told at any hour when a referral in immediate danger arrives. */
@Entity
@Table(name = "itk_on_call")
@NamedQuery(name = "OnCall.findAll", query = "select o from OnCall o order by o.accountId")
public class OnCall {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false)
  private Instant since;

  protected OnCall() {}

  public OnCall(long accountId, Instant since) {
    this.accountId = accountId;
    this.since = since;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getSince() {
    return since;
  }
}
