package dk.tegn.core.account.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an administrator does with accounts. An admin of a national organisation manages all
 * organisations; any other admin only their own.
 */
@RequestScoped
@Transactional
public class AccountAdministration {

  /** The form for a new account. */
  public record NewAccount(
      @NotBlank(message = "{platform.required}")
          @Pattern(
              regexp = "[A-Za-z0-9._-]{3,100}",
              message = "{platform.account.username.pattern}")
          String username,
      @NotBlank(message = "{platform.required}") @Size(max = 200) String displayName,
      @Email(message = "{platform.email}") @Size(max = 254) String email,
      @NotNull(message = "{platform.required}") Long organisationId,
      @NotBlank(message = "{platform.required}") String initialPassword,
      @NotNull(message = "{platform.required}") Role role) {}

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AccountDirectory directory;
  @Inject AuditLog audit;

  public List<Account> search(String term, Long organisationId, int first, int max) {
    Long scope = scopeFor(organisationId);
    return em.createNamedQuery("Account.search", Account.class)
        .setParameter("organisationId", scope)
        .setParameter("term", like(term))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String term, Long organisationId) {
    return em.createNamedQuery("Account.countSearch", Long.class)
        .setParameter("organisationId", scopeFor(organisationId))
        .setParameter("term", like(term))
        .getSingleResult();
  }

  /** Organisations this admin may manage. */
  public List<Organisation> manageableOrganisations() {
    caller.requireRole(Role.ADMIN);
    return directory.organisations().stream()
        .filter(o -> caller.hasRoleIn(Role.ADMIN, o.getId()))
        .toList();
  }

  public Account create(@Valid @NotNull NewAccount form) {
    caller.requireRoleIn(Role.ADMIN, form.organisationId());
    if (directory.findByUsername(form.username()).isPresent()) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_accounts.usernameTaken");
    }
    PasswordPolicy.violation(form.username(), form.initialPassword())
        .ifPresent(
            key -> {
              throw new RuleViolationException(Messages.PLATFORM, key);
            });
    Account account =
        directory.create(
            form.username(),
            form.displayName(),
            blankToNull(form.email()),
            form.organisationId(),
            form.initialPassword(),
            List.of(form.role()));
    audit.record(caller.accountId(), "account.create", "account", account.getId(), Outcome.ALLOWED);
    return account;
  }

  public void disable(long accountId) {
    Account account = managed(accountId);
    if (account.getId() == caller.accountId()) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_accounts.cannotDisableSelf");
    }
    account.disable();
    audit.record(caller.accountId(), "account.disable", "account", accountId, Outcome.ALLOWED);
  }

  public void enable(long accountId) {
    managed(accountId).enable();
    audit.record(caller.accountId(), "account.enable", "account", accountId, Outcome.ALLOWED);
  }

  public void unlock(long accountId) {
    managed(accountId).unlock();
    audit.record(caller.accountId(), "account.unlock", "account", accountId, Outcome.ALLOWED);
  }

  public void grant(long accountId, long organisationId, Role role) {
    managed(accountId);
    caller.requireRoleIn(Role.ADMIN, organisationId);
    directory.grant(accountId, organisationId, role);
    audit.record(
        caller.accountId(), "role.grant", "account", accountId, Outcome.ALLOWED, role.name());
  }

  public void revoke(long accountId, long organisationId, Role role) {
    Account account = managed(accountId);
    caller.requireRoleIn(Role.ADMIN, organisationId);
    account.revoke(role, directory.organisation(organisationId));
    audit.record(
        caller.accountId(), "role.revoke", "account", accountId, Outcome.ALLOWED, role.name());
  }

  /** What an administrator does to many accounts at once (Moodle's and Totara's bulk actions). */
  public enum BulkAction {
    DISABLE,
    ENABLE,
    MOVE,
    GRANT
  }

  /** What a bulk action did: how many accounts changed, and those left as they were, and why. */
  public record BulkResult(int changed, List<Skipped> skipped) {}

  /** An account a bulk action left as it was: its username and the message key saying why. */
  public record Skipped(String username, String reason) {}

  /**
   * Applies one action to each account. Every account must be one the caller manages, and a move or
   * a role must be to an organisation the caller administers, or nothing is done. Each change is
   * audited as its single action is.
   *
   * @param organisationId where to move the accounts, or where the role is granted
   * @param role the role granted (GRANT only)
   */
  public BulkResult bulk(
      @NotNull @Size(min = 1, max = 500, message = "{platform.admin.bulk.size}")
          List<Long> accountIds,
      @NotNull BulkAction action,
      Long organisationId,
      Role role) {
    List<Account> accounts = accountIds.stream().distinct().map(this::managed).toList();
    if (action == BulkAction.MOVE || action == BulkAction.GRANT) {
      if (organisationId == null || (action == BulkAction.GRANT && role == null)) {
        throw new RuleViolationException(Messages.PLATFORM, "admin_accounts.bulk.incomplete");
      }
      caller.requireRoleIn(Role.ADMIN, organisationId);
    }
    int changed = 0;
    List<Skipped> skipped = new ArrayList<>();
    for (Account account : accounts) {
      String unchanged = unchangedBy(account, action, organisationId, role);
      if (unchanged != null) {
        skipped.add(new Skipped(account.getUsername(), unchanged));
        continue;
      }
      switch (action) {
        case DISABLE -> disable(account.getId());
        case ENABLE -> enable(account.getId());
        case MOVE -> {
          directory.move(account.getId(), organisationId);
          audit.record(
              caller.accountId(),
              "account.move",
              "account",
              account.getId(),
              Outcome.ALLOWED,
              String.valueOf(organisationId));
        }
        case GRANT -> grant(account.getId(), organisationId, role);
      }
      changed++;
    }
    return new BulkResult(changed, skipped);
  }

  /** Why the action leaves the account as it is (a message key), or null when it changes it. */
  private String unchangedBy(Account account, BulkAction action, Long organisationId, Role role) {
    if (account.isErased()) {
      return "admin_accounts.bulk.erased";
    }
    return switch (action) {
      case DISABLE ->
          account.getId() == caller.accountId()
              ? "admin_accounts.cannotDisableSelf"
              : account.isEnabled() ? null : "admin_accounts.bulk.already";
      case ENABLE -> account.isEnabled() ? "admin_accounts.bulk.already" : null;
      case MOVE ->
          account.getOrganisation().getId() == organisationId.longValue()
              ? "admin_accounts.bulk.already"
              : null;
      case GRANT ->
          account.getGrants().stream()
                  .anyMatch(
                      g ->
                          g.getRole() == role
                              && g.getOrganisation().getId() == organisationId.longValue())
              ? "admin_accounts.bulk.already"
              : null;
    };
  }

  /** One account the caller may manage, with its grants. */
  public Account account(long accountId) {
    Account account = managed(accountId);
    account.getGrants().size();
    return account;
  }

  private Account managed(long accountId) {
    Account account = directory.account(accountId);
    caller.requireRoleIn(Role.ADMIN, account.getOrganisation().getId());
    return account;
  }

  /** A national admin may search everywhere (null = all); others only in their organisations. */
  private Long scopeFor(Long requestedOrganisation) {
    caller.requireRole(Role.ADMIN);
    if (requestedOrganisation != null) {
      caller.requireRoleIn(Role.ADMIN, requestedOrganisation);
      return requestedOrganisation;
    }
    if (caller.isNational(Role.ADMIN)) {
      return null;
    }
    // the own organisation only when the caller administers it: an admin of a partner
    // organisation must not list the people of the organisation their account belongs to
    long home = caller.organisationId();
    return caller.hasRoleIn(Role.ADMIN, home)
        ? home
        : caller.organisationsWith(Role.ADMIN).stream().min(Long::compare).orElseThrow();
  }

  private static String like(String term) {
    String t = term == null ? "" : term.trim().toLowerCase(Locale.ROOT);
    return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
