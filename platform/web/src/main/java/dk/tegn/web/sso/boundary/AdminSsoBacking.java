package dk.tegn.web.sso.boundary;

import dk.tegn.coordination.coordinator.control.GroupCohorts;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.sso.control.SsoProviders;
import dk.tegn.core.sso.control.SsoProviders.Configured;
import dk.tegn.core.sso.control.SsoProviders.ProviderForm;
import dk.tegn.core.sso.entity.SsoProvider.Mapping;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backs /admin/sso.xhtml: the single sign-on of each organisation this admin manages. Choosing an
 * organisation loads its provider (or the usual defaults for a new one); the client secret is never
 * shown, and left blank it stays as stored.
 */
@Named
@ViewScoped
public class AdminSsoBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One editable row of the group table (Faces needs getters and setters). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String group;
    private Role role;
    private Long cohortId;

    public String getGroup() {
      return group;
    }

    public void setGroup(String group) {
      this.group = group;
    }

    public Role getRole() {
      return role;
    }

    public void setRole(Role role) {
      this.role = role;
    }

    public Long getCohortId() {
      return cohortId;
    }

    public void setCohortId(Long cohortId) {
      this.cohortId = cohortId;
    }
  }

  @Inject SsoProviders providers;
  @Inject AccountAdministration administration;
  @Inject GroupCohorts cohorts;
  @Inject FacesMessages messages;

  private List<Organisation> organisations;
  private List<Configured> list;
  private List<GroupCohorts.Choice> cohortChoices;
  private Long organisationId;
  private String issuer;
  private String clientId;
  private String clientSecret;
  private boolean secretStored;
  private String scopes;
  private String usernameClaim;
  private String emailClaim;
  private String nameClaim;
  private String groupsClaim;
  private String emailDomains;
  private boolean enabled;
  private List<Row> rows = new ArrayList<>();

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    list = providers.list();
    if (!organisations.isEmpty()) {
      organisationId = organisations.get(0).getId();
    }
    load();
  }

  /** Fills the form with the chosen organisation's provider, or the defaults. */
  public void load() {
    if (organisationId == null) {
      return;
    }
    Optional<Configured> existing = list.stream().filter(this::isChosen).findFirst();
    ProviderForm form =
        existing.map(Configured::form).orElseGet(() -> ProviderForm.blank(organisationId));
    issuer = form.issuer();
    clientId = form.clientId();
    clientSecret = null;
    secretStored = existing.map(Configured::clientSecretSet).orElse(false);
    scopes = form.scopes();
    usernameClaim = form.usernameClaim();
    emailClaim = form.emailClaim();
    nameClaim = form.nameClaim();
    groupsClaim = form.groupsClaim();
    emailDomains = String.join(", ", form.emailDomains());
    enabled = form.enabled();
    rows = new ArrayList<>();
    for (Mapping m : form.mappings()) {
      Row row = new Row();
      row.setGroup(m.group());
      row.setRole(m.role());
      row.setCohortId(m.cohortId());
      rows.add(row);
    }
    addRow();
    cohortChoices = cohorts.choices(organisationId);
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void save() {
    List<Mapping> mappings =
        rows.stream()
            .filter(r -> r.getGroup() != null && !r.getGroup().isBlank())
            .map(r -> new Mapping(r.getGroup(), r.getRole(), r.getCohortId()))
            .toList();
    try {
      providers.save(
          new ProviderForm(
              organisationId,
              issuer,
              clientId,
              clientSecret,
              scopes,
              usernameClaim,
              emailClaim,
              nameClaim,
              groupsClaim,
              Arrays.stream(emailDomains == null ? new String[0] : emailDomains.split("[,\\s]+"))
                  .filter(d -> !d.isBlank())
                  .toList(),
              enabled,
              mappings));
      messages.info(Messages.PLATFORM, "admin_sso.saved");
      list = providers.list();
      load();
    } catch (RuleViolationException rule) {
      messages.error("provider:mappings", rule);
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
                FacesContext.getCurrentInstance()
                    .addMessage(
                        "provider:" + (field.startsWith("<") ? "emailDomains" : field),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
    }
  }

  public void remove() {
    list.stream()
        .filter(this::isChosen)
        .findFirst()
        .ifPresent(
            p -> {
              providers.remove(p.id());
              messages.info(Messages.PLATFORM, "admin_sso.removed");
            });
    list = providers.list();
    load();
  }

  private boolean isChosen(Configured provider) {
    return organisationId != null && provider.organisationId() == organisationId;
  }

  public boolean isConfigured() {
    return list.stream().anyMatch(this::isChosen);
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<Configured> getList() {
    return list;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public List<GroupCohorts.Choice> getCohortChoices() {
    return cohortChoices;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isSecretStored() {
    return secretStored;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public String getUsernameClaim() {
    return usernameClaim;
  }

  public void setUsernameClaim(String usernameClaim) {
    this.usernameClaim = usernameClaim;
  }

  public String getEmailClaim() {
    return emailClaim;
  }

  public void setEmailClaim(String emailClaim) {
    this.emailClaim = emailClaim;
  }

  public String getNameClaim() {
    return nameClaim;
  }

  public void setNameClaim(String nameClaim) {
    this.nameClaim = nameClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public void setGroupsClaim(String groupsClaim) {
    this.groupsClaim = groupsClaim;
  }

  public String getEmailDomains() {
    return emailDomains;
  }

  public void setEmailDomains(String emailDomains) {
    this.emailDomains = emailDomains;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
