package dk.tegn.coordination.registration.boundary;

import dk.tegn.coordination.registration.control.RegistrationOutcome;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Backs /register/register.xhtml: the public self-registration form. */
@Named
@RequestScoped
public class RegisterRegisterBacking {

  @Inject Registrations registrations;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;

  private String email;
  private String displayName;
  private String password;
  private Long organisationId;
  private RegistrationOutcome outcome;

  public void register() {
    try {
      outcome =
          registrations.register(
              email,
              displayName,
              password,
              locale.getLocale().getLanguage(),
              organisationId,
              client());
    } catch (RuleViolationException rule) {
      messages.error("register:password", rule);
    }
  }

  /** The organisations accepting the typed address's domain, when more than one does. */
  public List<Organisation> getOrganisations() {
    List<Organisation> organisations =
        email == null ? List.of() : registrations.organisationsFor(email);
    return organisations.size() > 1 ? organisations : List.of();
  }

  private static String client() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request.getRemoteAddr();
  }

  public RegistrationOutcome getOutcome() {
    return outcome;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
