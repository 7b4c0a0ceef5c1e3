package dk.tegn.web.session.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collections;

/**
 * Where signing in again after the session ended leads: this view with its view parameters (a quiz
 * after a post has no {@code ?id=} in the browser's address, which alone would lead nowhere).
 * Application-scoped: it reads only the current view, so no bean is created per page.
 */
@Named
@ApplicationScoped
public class SessionReturn {

  /** The view's address below the context path; null when it cannot be made (the page guesses). */
  public String getPath() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String url =
          faces
              .getApplication()
              .getViewHandler()
              .getBookmarkableURL(
                  faces, faces.getViewRoot().getViewId(), Collections.emptyMap(), true);
      String context = faces.getExternalContext().getRequestContextPath();
      return url.startsWith(context) ? url.substring(context.length()) : url;
    } catch (RuntimeException noAddress) {
      // never let the banner's return address break the page itself
      return null;
    }
  }
}
