package dk.tegn.core.faces;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What every module's Faces pages share, in one place so that they behave alike: the page's
 * language, messages from a bundle in it, the upload of a file. The modules' helpers ({@code
 * CoursesFaces}, {@code FacesSupport}, {@code IntakeFaces}) only name their bundle.
 */
public final class Faces {

  private Faces() {}

  /**
   * The view's locale; before a view exists, the request's when Tegn speaks it, else Tegn's default
   * (never a locale without a bundle).
   */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getViewRoot() != null) {
      return faces.getViewRoot().getLocale();
    }
    Locale request = faces.getExternalContext().getRequestLocale();
    return request != null && ContentLanguages.isSupported(request.getLanguage())
        ? Locale.forLanguageTag(request.getLanguage())
        : Locale.forLanguageTag(ContentLanguages.DEFAULT);
  }

  public static String language() {
    return locale().getLanguage();
  }

  /** A bundle's message in the page's language. */
  public static String text(String bundle, String key, Object... arguments) {
    return Messages.get(bundle, locale(), key, arguments);
  }

  /**
   * A message next to {@code clientId} (global when null); {@code kept} keeps it for the page a
   * redirect leads to.
   */
  public static void add(
      String clientId, FacesMessage.Severity severity, String text, boolean kept) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    if (kept) {
      faces.getExternalContext().getFlash().setKeepMessages(true);
    }
  }

  /** A bundle's message on the page, kept over a redirect. */
  public static void info(String bundle, String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(bundle, key, arguments), true);
  }

  /** A broken rule's message in the page's language, from the bundle the rule names. */
  public static String text(RuleViolationException rule) {
    return Messages.get(rule.bundle(), locale(), rule.messageKey(), rule.arguments());
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
