package dk.tegn.web.admin;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.account.control.AccountAdministration.BulkAction;
import dk.tegn.core.account.control.AccountAdministration.BulkResult;
import dk.tegn.core.account.control.AccountAdministration.NewAccount;
import dk.tegn.core.account.control.AccountAdministration.Skipped;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Localized;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /admin/accounts.xhtml: list, search, create, disable, unlock and grant roles. */
@Named
@ViewScoped
public class AdminAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministration administration;
  @Inject FacesMessages messages;
  @Inject PlatformClock clock;

  private String term;
  private Long organisationId;
  private LazyDataModel<Account> accounts;
  private List<Organisation> organisations;

  private String newUsername;
  private String newDisplayName;
  private String newEmail;
  private Long newOrganisationId;
  private String newPassword;
  private Role newRole = Role.TRAINEE;

  private Long selectedAccountId;
  private String selectedUsername;
  private Long grantOrganisationId;
  private Role grantRole = Role.TRAINEE;

  private List<Account> chosen = new ArrayList<>();
  private BulkAction bulkAction = BulkAction.DISABLE;
  private Long bulkOrganisationId;
  private Role bulkRole = Role.TRAINEE;

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    accounts = new AccountModel();
  }

  /** Pages through the search in the database; never loads every account. */
  private class AccountModel extends LazyDataModel<Account> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) administration.count(term, organisationId);
    }

    @Override
    public List<Account> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return administration.search(term, organisationId, first, pageSize);
    }

    @Override
    public String getRowKey(Account account) {
      return String.valueOf(account.getId());
    }

    /** A chosen row, for the bulk actions (read again, so access is checked). */
    @Override
    public Account getRowData(String rowKey) {
      return administration.account(Long.parseLong(rowKey));
    }
  }

  public void create() {
    try {
      Account created =
          administration.create(
              new NewAccount(
                  newUsername, newDisplayName, newEmail, newOrganisationId, newPassword, newRole));
      messages.info(Messages.PLATFORM, "admin_accounts.created", created.getUsername());
      newUsername = null;
      newDisplayName = null;
      newEmail = null;
      newPassword = null;
    } catch (RuleViolationException rule) {
      String field =
          rule.messageKey().startsWith("account_password") ? "initialPassword" : "username";
      messages.error("create:" + field, rule);
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                FacesContext.getCurrentInstance()
                    .addMessage(
                        "create:" + field,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
    }
  }

  public void disable(Account account) {
    try {
      administration.disable(account.getId());
      messages.info(Messages.PLATFORM, "admin_accounts.disabled", account.getUsername());
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public void enable(Account account) {
    administration.enable(account.getId());
    messages.info(Messages.PLATFORM, "admin_accounts.enabled", account.getUsername());
  }

  public void unlock(Account account) {
    administration.unlock(account.getId());
    messages.info(Messages.PLATFORM, "admin_accounts.unlocked", account.getUsername());
  }

  public void select(Account account) {
    selectedAccountId = account.getId();
    selectedUsername = account.getUsername();
    grantOrganisationId = account.getOrganisation().getId();
  }

  public List<RoleGrant> getSelectedGrants() {
    return selectedAccountId == null
        ? List.of()
        : administration.account(selectedAccountId).getGrants();
  }

  public void grant() {
    administration.grant(selectedAccountId, grantOrganisationId, grantRole);
    messages.info(Messages.PLATFORM, "admin_accounts.granted");
  }

  public void revoke(RoleGrant grant) {
    administration.revoke(selectedAccountId, grant.getOrganisation().getId(), grant.getRole());
    messages.info(Messages.PLATFORM, "admin_accounts.revoked");
  }

  /** Applies the chosen bulk action to the chosen accounts and says what it did and did not. */
  public void applyBulk() {
    if (chosen.isEmpty()) {
      messages.error(null, Messages.PLATFORM, "admin_accounts.bulk.none");
      return;
    }
    try {
      BulkResult result =
          administration.bulk(
              chosen.stream().map(Account::getId).toList(),
              bulkAction,
              bulkOrganisationId,
              bulkRole);
      messages.info(Messages.PLATFORM, "admin_accounts.bulk.done", result.changed());
      for (Skipped s : result.skipped()) {
        Localized why = in -> Messages.get(Messages.PLATFORM, in, s.reason());
        messages.info(Messages.PLATFORM, "admin_accounts.bulk.skipped", s.username(), why);
      }
      chosen = new ArrayList<>();
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public BulkAction[] getBulkActions() {
    return BulkAction.values();
  }

  public List<Account> getChosen() {
    return chosen;
  }

  public void setChosen(List<Account> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public BulkAction getBulkAction() {
    return bulkAction;
  }

  public void setBulkAction(BulkAction bulkAction) {
    this.bulkAction = bulkAction;
  }

  public Long getBulkOrganisationId() {
    return bulkOrganisationId;
  }

  public void setBulkOrganisationId(Long bulkOrganisationId) {
    this.bulkOrganisationId = bulkOrganisationId;
  }

  public Role getBulkRole() {
    return bulkRole;
  }

  public void setBulkRole(Role bulkRole) {
    this.bulkRole = bulkRole;
  }

  public boolean isLocked(Account account) {
    return account.isLocked(clock.now());
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public LazyDataModel<Account> getAccounts() {
    return accounts;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public Long getNewOrganisationId() {
    return newOrganisationId;
  }

  public void setNewOrganisationId(Long newOrganisationId) {
    this.newOrganisationId = newOrganisationId;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getSelectedUsername() {
    return selectedUsername;
  }

  public Long getGrantOrganisationId() {
    return grantOrganisationId;
  }

  public void setGrantOrganisationId(Long grantOrganisationId) {
    this.grantOrganisationId = grantOrganisationId;
  }

  public Role getGrantRole() {
    return grantRole;
  }

  public void setGrantRole(Role grantRole) {
    this.grantRole = grantRole;
  }
}
