package dk.tegn.web.xapi;

import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.xapi.control.LrsConfiguration;
import dk.tegn.courses.xapi.entity.ActorNaming;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /admin/xapi.xhtml: for an organisation this admin manages, where its statements go (the
 * secret can be replaced, never seen) and how its outbox is doing.
 */
@Named
@ViewScoped
public class AdminXapiBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LrsConfiguration configuration;
  @Inject AccountAdministration administration;
  @Inject FacesMessages messages;

  private List<Organisation> organisations;
  private Long organisationId;
  private LrsConfiguration.View settings;
  private LrsConfiguration.OutboxState outbox;

  private String endpoint;
  private String key;
  private String secret;
  private String homePage;
  private ActorNaming actorNaming = ActorNaming.PSEUDONYM;
  private boolean enabled = true;

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    if (!organisations.isEmpty()) {
      organisationId = organisations.get(0).getId();
      load();
    }
  }

  /** Shows the chosen organisation's settings and outbox. */
  public void load() {
    settings = configuration.settings(organisationId);
    endpoint = settings.endpoint();
    key = settings.key();
    homePage = settings.homePage();
    actorNaming = settings.actorNaming();
    enabled = !settings.configured() || settings.enabled();
    secret = null;
    refresh();
  }

  public void refresh() {
    outbox = configuration.outboxState(organisationId);
  }

  public void save() {
    try {
      settings =
          configuration.configure(
              organisationId,
              new LrsConfiguration.Form(endpoint, key, secret, homePage, actorNaming, enabled));
      secret = null;
      messages.info(Messages.PLATFORM, "admin_xapi.saved");
      refresh();
    } catch (RuleViolationException rule) {
      messages.error("lrs:endpoint", rule);
    } catch (ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                FacesContext.getCurrentInstance()
                    .addMessage(
                        "lrs:" + path.substring(path.lastIndexOf('.') + 1),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
    }
  }

  public ActorNaming[] getNamings() {
    return ActorNaming.values();
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public LrsConfiguration.View getSettings() {
    return settings;
  }

  public LrsConfiguration.OutboxState getOutbox() {
    return outbox;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getHomePage() {
    return homePage;
  }

  public void setHomePage(String homePage) {
    this.homePage = homePage;
  }

  public ActorNaming getActorNaming() {
    return actorNaming;
  }

  public void setActorNaming(ActorNaming actorNaming) {
    this.actorNaming = actorNaming;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
