package dk.tegn.intake.routing.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.routing.entity.MemberRow;
import dk.tegn.intake.routing.entity.OnCall;
import dk.tegn.intake.routing.entity.RoutingRule;
import dk.tegn.intake.routing.entity.RuleForm;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An admin of the centre edits the routing rules and who is in which team and on call. The rules
 * always keep a catch-all, so every referral reaches a queue. Changing membership grants reading
 * rights, so every change is audited. Admins do not read referrals here or anywhere else.
 */
@ApplicationScoped
public class RoutingAdministration {

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;
  @Inject PlatformClock clock;

  @Transactional
  public List<RoutingRule> rules() {
    access.requireNationalAdmin("intake.routing.read");
    return em.createNamedQuery("RoutingRule.findAllInOrder", RoutingRule.class)
        .setMaxResults(500)
        .getResultList();
  }

  @Transactional
  public List<Team> teams() {
    access.requireNationalAdmin("intake.routing.read");
    return TeamDirectory.allTeams(em);
  }

  /** Creates a rule ({@code ruleId} null) or changes one. */
  @Transactional
  public RoutingRule saveRule(Long ruleId, @NotNull @Valid RuleForm form) {
    access.requireNationalAdmin("intake.routing.rule.save");
    if (em.find(Team.class, form.teamId()) == null) {
      throw new RecordNotFoundException("team", form.teamId());
    }
    RoutingRule rule;
    if (ruleId == null) {
      rule =
          new RoutingRule(
              form.position(),
              form.name().strip(),
              form.ageCategories(),
              form.genders(),
              form.teamId(),
              form.urgent());
      em.persist(rule);
    } else {
      rule = find(ruleId);
      rule.change(
          form.position(),
          form.name().strip(),
          form.ageCategories(),
          form.genders(),
          form.teamId(),
          form.urgent());
    }
    em.flush();
    requireCatchAll();
    access.allowed("intake.routing.rule.save", "itk_routing_rule", rule.getId());
    return rule;
  }

  @Transactional
  public void deleteRule(long ruleId) {
    access.requireNationalAdmin("intake.routing.rule.delete");
    em.remove(find(ruleId));
    em.flush();
    requireCatchAll();
    access.allowed("intake.routing.rule.delete", "itk_routing_rule", ruleId);
  }

  @Transactional
  public List<MemberRow> members(long teamId) {
    access.requireNationalAdmin("intake.team.members");
    return TeamDirectory.members(em, teamId);
  }

  /** Adds an intake officer to a team; adding a member again changes nothing. */
  @Transactional
  public void addMember(long teamId, @NotBlank String username) {
    access.requireNationalAdmin("intake.team.member.add");
    if (em.find(Team.class, teamId) == null) {
      throw new RecordNotFoundException("team", teamId);
    }
    List<Account> found =
        em.createNamedQuery("Account.findByUsername", Account.class)
            .setParameter("username", username.strip())
            .getResultList();
    if (found.isEmpty()) {
      throw new RuleViolationException(Messages.INTAKE, "intake.team.member.unknown");
    }
    Account account = found.get(0);
    if (account.getGrants().stream().noneMatch(g -> g.getRole() == Role.INTAKE_OFFICER)) {
      throw new RuleViolationException(Messages.INTAKE, "intake.team.member.notOfficer");
    }
    if (!access.isMember(teamId, account.getId())) {
      em.persist(new TeamMember(teamId, account.getId(), clock.now()));
    }
    access.allowed(
        "intake.team.member.add", IntakeAccess.TEAM, teamId, "account " + account.getId());
  }

  @Transactional
  public void removeMember(long teamId, long accountId) {
    access.requireNationalAdmin("intake.team.member.remove");
    em.createNamedQuery("TeamMember.find", TeamMember.class)
        .setParameter("teamId", teamId)
        .setParameter("accountId", accountId)
        .getResultList()
        .forEach(em::remove);
    access.allowed("intake.team.member.remove", IntakeAccess.TEAM, teamId, "account " + accountId);
  }

  @Transactional
  public void setOnCall(long accountId, boolean onCall) {
    access.requireNationalAdmin("intake.oncall.set");
    OnCall existing = em.find(OnCall.class, accountId);
    if (onCall && existing == null) {
      em.persist(new OnCall(accountId, clock.now()));
    } else if (!onCall && existing != null) {
      em.remove(existing);
    }
    access.allowed("intake.oncall.set", "plt_account", accountId, onCall ? "on" : "off");
  }

  private RoutingRule find(long ruleId) {
    RoutingRule rule = em.find(RoutingRule.class, ruleId);
    if (rule == null) {
      throw new RecordNotFoundException("routing rule", ruleId);
    }
    return rule;
  }

  private void requireCatchAll() {
    boolean any =
        em
            .createNamedQuery("RoutingRule.findAllInOrder", RoutingRule.class)
            .setMaxResults(500)
            .getResultList()
            .stream()
            .anyMatch(RoutingRule::catchAll);
    if (!any) {
      throw new RuleViolationException(Messages.INTAKE, "intake.routing.catchAllRequired");
    }
  }
}
