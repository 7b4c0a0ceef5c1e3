package dk.tegn.assessments;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Small helpers the module's backing beans share: the view's language and bundle messages. */
public final class FacesSupport {

  private FacesSupport() {}

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() == null
        ? faces.getApplication().getDefaultLocale()
        : faces.getViewRoot().getLocale();
  }

  public static String language() {
    return locale().getLanguage();
  }

  public static void info(String key, Object... arguments) {
    add(
        null,
        FacesMessage.SEVERITY_INFO,
        Messages.get(Messages.ASSESSMENTS, locale(), key, arguments));
  }

  public static void error(String clientId, String key, Object... arguments) {
    add(
        clientId,
        FacesMessage.SEVERITY_ERROR,
        Messages.get(Messages.ASSESSMENTS, locale(), key, arguments));
  }

  public static void error(String clientId, RuleViolationException rule) {
    add(
        clientId,
        FacesMessage.SEVERITY_ERROR,
        Messages.get(rule.bundle(), locale(), rule.messageKey(), rule.arguments()));
  }

  /** A message whose text is already final (e.g. the problems of a bank file). */
  public static void errorText(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
