package dk.tegn.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * Fills a bundle text's {0}, {1} in pages: {@code #{fmt.of(pm['home.welcome'], name)}}. A missing
 * argument shows as empty, never breaks the page.
 */
@Named("fmt")
@ApplicationScoped
public class MessageFormatter {

  public String of(String pattern, Object argument) {
    return format(pattern, argument);
  }

  public String of(String pattern, Object first, Object second) {
    return format(pattern, first, second);
  }

  private static String format(String pattern, Object... arguments) {
    if (pattern == null) {
      return "";
    }
    Object[] safe = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      safe[i] = arguments[i] == null ? "" : arguments[i];
    }
    return new MessageFormat(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(safe);
  }
}
