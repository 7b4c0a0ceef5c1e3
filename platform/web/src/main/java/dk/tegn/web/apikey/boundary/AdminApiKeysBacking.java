package dk.tegn.web.apikey.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.apikey.control.ApiKeyView;
import dk.tegn.core.apikey.control.ApiKeys;
import dk.tegn.core.apikey.control.ApiKeys.NewKey;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs /admin/api-keys.xhtml: the keys of the organisations this admin manages, a form to issue
 * one (the key is shown once, on this view only) and revocation.
 */
@Named
@ViewScoped
public class AdminApiKeysBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 200;

  @Inject ApiKeys keys;
  @Inject AccountAdministration administration;
  @Inject FacesMessages messages;
  @Inject PlatformClock clock;

  private List<Organisation> organisations;
  private Map<Long, String> organisationNames;
  private List<ApiKeyView> list;

  private String name;
  private Long organisationId;
  private Role role = Role.COORDINATOR;
  private LocalDate expiresOn;
  private String issuedKey;

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    organisationNames =
        organisations.stream()
            .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    if (!organisations.isEmpty()) {
      organisationId = organisations.get(0).getId();
    }
    expiresOn = LocalDate.ofInstant(clock.now(), java.time.ZoneOffset.UTC).plusYears(1);
    reload();
  }

  private void reload() {
    list = keys.list(null, 0, PAGE);
  }

  public void issue() {
    try {
      ApiKeys.Issued issued = keys.issue(new NewKey(name, organisationId, role, expiresOn));
      issuedKey = issued.key();
      messages.info(Messages.PLATFORM, "admin_apikeys.issued", issued.record().name());
      name = null;
      reload();
    } catch (RuleViolationException rule) {
      messages.error("issue:expiresOn", rule);
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                FacesContext.getCurrentInstance()
                    .addMessage(
                        "issue:" + path.substring(path.lastIndexOf('.') + 1),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
    }
  }

  public void revoke(ApiKeyView key) {
    keys.revoke(key.id());
    issuedKey = null;
    messages.info(Messages.PLATFORM, "admin_apikeys.revoked", key.name());
    reload();
  }

  public String organisationName(ApiKeyView key) {
    return organisationNames.getOrDefault(key.organisationId(), "");
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<ApiKeyView> getList() {
    return list;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public String getIssuedKey() {
    return issuedKey;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
