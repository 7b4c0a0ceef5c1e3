package dk.tegn.intake.referral.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every access rule of intake, in one place, and the audit of every read and refusal:
 *
 * <ul>
 *   <li>a referral's details and its handling: intake officers who are members of the team it is
 *       routed to; holding the role is not enough, nor is membership without the role; an admin is
 *       no exception;
 *   <li>statistics: coordinators of a national organisation (the centre);
 *   <li>routing rules and team membership: admins of a national organisation;
 *   <li>the status of a referral: the referrer who submitted it.
 * </ul>
 *
 * Refusals are audited in their own transaction (see {@link AuditLog}) before the exception is
 * thrown, so they stay recorded when the work rolls back.
 */
@ApplicationScoped
public class IntakeAccess {

  public static final String REFERRAL = "itk_referral";
  public static final String TEAM = "itk_team";

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** The teams the caller may work in: none unless the caller holds INTAKE_OFFICER. */
  public Set<Long> myTeamIds() {
    if (!caller.isAuthenticated() || !caller.hasRole(Role.INTAKE_OFFICER)) {
      return Set.of();
    }
    return em
        .createNamedQuery("TeamMember.findByAccount", TeamMember.class)
        .setParameter("accountId", caller.accountId())
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(TeamMember::getTeamId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Refuses (audited) callers who are not intake officers at all, before anything is looked up. */
  public long requireOfficer(String action, String targetType, Object targetId) {
    if (!caller.isAuthenticated() || !caller.hasRole(Role.INTAKE_OFFICER)) {
      throw refuse(action, targetType, targetId, "not an intake officer");
    }
    return caller.accountId();
  }

  /** Refuses (audited) anyone but an intake officer who is a member of the team. */
  public long requireOfficerOfTeam(long teamId, String action, String targetType, Object targetId) {
    long accountId = requireOfficer(action, targetType, targetId);
    if (!isMember(teamId, accountId)) {
      throw refuse(action, targetType, targetId, "not a member of team " + teamId);
    }
    return accountId;
  }

  public boolean isMember(long teamId, long accountId) {
    return !em.createNamedQuery("TeamMember.find", TeamMember.class)
        .setParameter("teamId", teamId)
        .setParameter("accountId", accountId)
        .getResultList()
        .isEmpty();
  }

  public long requireNationalCoordinator(String action) {
    if (!caller.isAuthenticated() || !caller.isNational(Role.COORDINATOR)) {
      throw refuse(action, null, null, "not a coordinator of the centre");
    }
    return caller.accountId();
  }

  public long requireNationalAdmin(String action) {
    if (!caller.isAuthenticated() || !caller.isNational(Role.ADMIN)) {
      throw refuse(action, null, null, "not an admin of the centre");
    }
    return caller.accountId();
  }

  public long signedIn() {
    return caller.accountId();
  }

  public void allowed(String action, String targetType, Object targetId) {
    audit.record(caller.accountId(), action, targetType, targetId, Outcome.ALLOWED);
  }

  public void allowed(String action, String targetType, Object targetId, String detail) {
    audit.record(caller.accountId(), action, targetType, targetId, Outcome.ALLOWED, detail);
  }

  private AccessDeniedException refuse(
      String action, String targetType, Object targetId, String reason) {
    Long actor = caller.isAuthenticated() ? caller.accountId() : null;
    audit.record(actor, action, targetType, targetId, Outcome.REFUSED, reason);
    return new AccessDeniedException(action + " refused: " + reason);
  }
}
