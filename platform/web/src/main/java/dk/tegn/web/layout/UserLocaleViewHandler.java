package dk.tegn.web.layout;

import dk.tegn.core.faces.LocaleBacking;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's language from its start. Faces would take the browser's
 * Accept-Language, and the layout's {@code f:view locale} corrects it only when the page is
 * rendered: anything read before, in a view action (a quiz's title and questions), came in the
 * browser's language on the first load and in the chosen one only after a post-back.
 */
public class UserLocaleViewHandler extends ViewHandlerWrapper {

  // the session-scoped bean's client proxy, looked up once: it reaches the current session's bean
  // on every call, and CDI.current() with its lookup cost more than the locale itself (§9.5)
  private volatile LocaleBacking locale;

  public UserLocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    LocaleBacking backing = locale;
    if (backing == null) {
      backing = CDI.current().select(LocaleBacking.class).get();
      locale = backing;
    }
    return backing.getLocale();
  }
}
