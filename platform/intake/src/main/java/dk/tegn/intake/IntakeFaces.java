package dk.tegn.intake;

import dk.tegn.core.faces.Faces;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Faces helpers of intake's views: messages in the view's language, Bean Validation violations of a
 * form record shown next to the fields they name.
 */
public final class IntakeFaces {

  private IntakeFaces() {}

  public static Locale locale() {
    return Faces.locale();
  }

  public static String language() {
    return Faces.language();
  }

  public static String text(String key, Object... arguments) {
    return Faces.text(Messages.INTAKE, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    Faces.info(Messages.INTAKE, key, arguments);
  }

  /**
   * Bean Validation of a form. Looked up per call rather than injected: the page beans travel
   * between cluster instances with their session, and the container's Validator is not
   * serializable.
   */
  public static <T> Set<ConstraintViolation<T>> validate(T form) {
    return CDI.current().select(Validator.class).get().validate(form);
  }

  /**
   * Each violation goes to {@code formId:<field>}, the input named like the record component, or to
   * the page's global messages when there is no such input.
   */
  public static <T> boolean showViolations(String formId, Set<ConstraintViolation<T>> violations) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ConstraintViolation<T> v : violations) {
      String clientId = formId + ":" + v.getPropertyPath();
      boolean onPage = faces.getViewRoot().findComponent(clientId) != null;
      faces.addMessage(
          onPage ? clientId : null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, validationText(v), null));
    }
    if (!violations.isEmpty()) {
      faces.validationFailed();
    }
    return violations.isEmpty();
  }

  /** The violation's message in the view's language, with {min}/{max} filled in. */
  static String validationText(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    if (!(template.startsWith("{") && template.endsWith("}"))) {
      return v.getMessage();
    }
    String text;
    try {
      text =
          ResourceBundle.getBundle(
                  "ValidationMessages", locale(), IntakeFaces.class.getClassLoader())
              .getString(template.substring(1, template.length() - 1));
    } catch (MissingResourceException e) {
      return v.getMessage();
    }
    for (Map.Entry<String, Object> a : v.getConstraintDescriptor().getAttributes().entrySet()) {
      text = text.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
    }
    return text;
  }
}
