package dk.tegn.coordination.coordinator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's membership of a cohort; joining twice is one membership. */
@Entity
@Table(name = "crd_cohort_member")
@NamedQuery(
    name = "CohortMember.find",
    query =
        "select m from CohortMember m where m.cohortId = :cohortId and m.accountId = :accountId")
@NamedQuery(
    name = "CohortMember.findAccountIdsByCohortAfter",
    query =
        "select m.accountId from CohortMember m where m.cohortId = :cohortId"
            + " and m.accountId > :after order by m.accountId")
@NamedQuery(
    name = "CohortMember.countByCohort",
    query = "select count(m) from CohortMember m where m.cohortId = :cohortId")
@NamedQuery(
    name = "CohortMember.findAccountsByEmail",
    query = "select a from Account a where lower(a.email) = :email order by a.id")
@NamedQuery(
    name = "CohortMember.findAccountIdsByEmails",
    query =
        "select a.id, a.email, a.organisation.id from Account a where lower(a.email) in :emails"
            + " order by a.id")
@NamedQuery(
    name = "CohortMember.findAccountIdsAmong",
    query =
        "select m.accountId from CohortMember m where m.cohortId = :cohortId"
            + " and m.accountId in :accountIds")
@NamedQuery(
    name = "CohortMember.findMembers",
    query =
        "select a from Account a, CohortMember m where m.cohortId = :cohortId"
            + " and a.id = m.accountId order by a.displayName, a.id")
public class CohortMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected CohortMember() {}

  public CohortMember(long cohortId, long accountId, Instant joinedAt) {
    this.cohortId = cohortId;
    this.accountId = accountId;
    this.joinedAt = joinedAt;
  }

  public Long getId() {
    return id;
  }

  public long getCohortId() {
    return cohortId;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
