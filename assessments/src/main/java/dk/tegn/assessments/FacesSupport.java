package dk.tegn.assessments;

import dk.tegn.core.faces.Faces;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import java.util.Locale;

/** Small helpers the module's backing beans share: the view's language and bundle messages. */
public final class FacesSupport {

  private FacesSupport() {}

  public static Locale locale() {
    return Faces.locale();
  }

  public static String language() {
    return Faces.language();
  }

  public static void info(String key, Object... arguments) {
    Faces.info(Messages.ASSESSMENTS, key, arguments);
  }

  public static void error(String clientId, String key, Object... arguments) {
    errorText(clientId, Faces.text(Messages.ASSESSMENTS, key, arguments));
  }

  public static void error(String clientId, RuleViolationException rule) {
    errorText(clientId, Faces.text(rule));
  }

  /** A message whose text is already final (e.g. the problems of a bank file). */
  public static void errorText(String clientId, String text) {
    Faces.add(clientId, FacesMessage.SEVERITY_ERROR, text, true);
  }
}
