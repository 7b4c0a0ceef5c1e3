package dk.tegn.courses;

import dk.tegn.core.faces.Faces;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.util.Locale;

/** Small helpers the courses backing beans share: the view's language and bundle messages. */
public final class CoursesFaces {

  private CoursesFaces() {}

  public static Locale locale() {
    return Faces.locale();
  }

  public static String language() {
    return Faces.language();
  }

  /** A message from CoursesMessages, next to {@code clientId} or global when it is null. */
  public static void message(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    Faces.add(clientId, severity, Faces.text(Messages.COURSES, key, args), false);
  }

  public static void info(String key, Object... args) {
    Faces.info(Messages.COURSES, key, args);
  }

  /** A broken rule next to {@code clientId}; the request counts as failed validation. */
  public static void error(String clientId, RuleViolationException rule) {
    Faces.add(clientId, FacesMessage.SEVERITY_ERROR, Faces.text(rule), false);
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static String contextPath() {
    return Faces.contextPath();
  }

  /** See {@link Faces#bytes}. */
  public static byte[] bytes(Part part, long atMost) {
    return Faces.bytes(part, atMost);
  }
}
