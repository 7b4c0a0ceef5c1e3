package dk.tegn.core.faces;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;

/** Puts a bundle message in the user's language on the page, globally or next to a field. */
@RequestScoped
public class FacesMessages {

  @Inject LocaleBacking locale;

  public void info(String bundle, String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, bundle, key, arguments);
  }

  public void error(String clientId, String bundle, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, bundle, key, arguments);
  }

  public void error(String clientId, RuleViolationException rule) {
    error(clientId, rule.bundle(), rule.messageKey(), rule.arguments());
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String bundle, String key, Object[] args) {
    Faces.add(clientId, severity, Messages.get(bundle, locale.getLocale(), key, args), true);
  }
}
