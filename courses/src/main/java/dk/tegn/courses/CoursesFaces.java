package dk.tegn.courses;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers the courses backing beans share: the view's language and bundle messages. */
public final class CoursesFaces {

  private CoursesFaces() {}

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : faces.getExternalContext().getRequestLocale();
  }

  public static String language() {
    return locale().getLanguage();
  }

  /** A message from CoursesMessages, next to {@code clientId} or global when it is null. */
  public static void message(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId,
        new FacesMessage(severity, Messages.get(Messages.COURSES, locale(), key, args), null));
  }

  public static void info(String key, Object... args) {
    message(null, FacesMessage.SEVERITY_INFO, key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void error(String clientId, RuleViolationException rule) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.get(rule.bundle(), locale(), rule.messageKey(), rule.arguments()),
            null));
    faces.validationFailed();
  }

  public static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /**
   * The bytes of an uploaded file, at most one more than {@code atMost}: enough for the service to
   * refuse a file that is too large without reading all of it into memory.
   */
  public static byte[] bytes(Part part, long atMost) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, atMost + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
