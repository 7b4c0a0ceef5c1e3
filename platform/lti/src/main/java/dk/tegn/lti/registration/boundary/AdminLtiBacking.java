package dk.tegn.lti.registration.boundary;

import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import dk.tegn.lti.key.control.ToolKeys;
import dk.tegn.lti.launch.boundary.ToolUrls;
import dk.tegn.lti.registration.control.Registrations;
import dk.tegn.lti.registration.control.Registrations.PlatformForm;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs /admin/lti.xhtml: Tegn's addresses and public key to give a platform, the platforms
 * registered in the organisations this admin manages, and the form to register or change one.
 */
@Named
@ViewScoped
public class AdminLtiBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Registrations registrations;
  @Inject AccountAdministration administration;
  @Inject ToolKeys keys;

  private List<Organisation> organisations;
  private Map<Long, String> organisationNames;
  private List<LtiPlatform> platforms;
  private String base;
  private String jwks;

  private Long editing;
  private String name;
  private String issuer;
  private String clientId;
  private String deploymentIds;
  private String jwksUrl;
  private String authLoginUrl;
  private String tokenUrl;
  private Long organisationId;
  private boolean enabled = true;

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    organisationNames =
        organisations.stream()
            .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    base =
        ToolUrls.base(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    jwks = keys.publicKeys().toString(true);
    clear();
    reload();
  }

  private void reload() {
    platforms = registrations.list();
  }

  private void clear() {
    editing = null;
    name = issuer = clientId = deploymentIds = jwksUrl = authLoginUrl = tokenUrl = null;
    organisationId = organisations.isEmpty() ? null : organisations.get(0).getId();
    enabled = true;
  }

  public void save() {
    PlatformForm form =
        new PlatformForm(
            name,
            issuer,
            clientId,
            deploymentIds,
            jwksUrl,
            authLoginUrl,
            tokenUrl,
            organisationId,
            enabled);
    try {
      LtiPlatform saved =
          editing == null ? registrations.register(form) : registrations.change(editing, form);
      info("lti.admin.saved", saved.getName());
      clear();
      reload();
    } catch (RuleViolationException rule) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "platform:issuer",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.get(rule.bundle(), locale(), rule.messageKey(), rule.arguments()),
                  null));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                FacesContext.getCurrentInstance()
                    .addMessage(
                        "platform:" + path.substring(path.lastIndexOf('.') + 1),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void edit(LtiPlatform platform) {
    PlatformForm form = PlatformForm.of(registrations.platform(platform.getId()));
    editing = platform.getId();
    name = form.name();
    issuer = form.issuer();
    clientId = form.clientId();
    deploymentIds = form.deploymentIds();
    jwksUrl = form.jwksUrl();
    authLoginUrl = form.authLoginUrl();
    tokenUrl = form.tokenUrl();
    organisationId = form.organisationId();
    enabled = !Boolean.FALSE.equals(form.enabled());
  }

  public void cancel() {
    clear();
  }

  public void remove(LtiPlatform platform) {
    registrations.remove(platform.getId());
    info("lti.admin.removed", platform.getName());
    reload();
  }

  private void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, Messages.get(Messages.LTI, locale(), key, args), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String organisationName(LtiPlatform platform) {
    return organisationNames.getOrDefault(platform.getOrganisationId(), "");
  }

  public String getLoginUrl() {
    return base + ToolUrls.LOGIN;
  }

  public String getLaunchUrl() {
    return base + ToolUrls.LAUNCH;
  }

  public String getJwksEndpoint() {
    return base + ToolUrls.JWKS;
  }

  public String getPublicJwks() {
    return jwks;
  }

  public List<LtiPlatform> getPlatforms() {
    return platforms;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public boolean isEditingExisting() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public String getDeploymentIds() {
    return deploymentIds;
  }

  public void setDeploymentIds(String deploymentIds) {
    this.deploymentIds = deploymentIds;
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public void setJwksUrl(String jwksUrl) {
    this.jwksUrl = jwksUrl;
  }

  public String getAuthLoginUrl() {
    return authLoginUrl;
  }

  public void setAuthLoginUrl(String authLoginUrl) {
    this.authLoginUrl = authLoginUrl;
  }

  public String getTokenUrl() {
    return tokenUrl;
  }

  public void setTokenUrl(String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
