package dk.tegn.core.faces;

import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.ContentLanguages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The UI language: the account's remembered choice, else a choice made in this session (e.g. on the
 * login page), else the browser's, else the organisation's default. A switch made while signed in
 * is remembered on the account, for every device.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OwnAccount ownAccount;
  @Inject CurrentCaller caller;

  private String sessionChoice;

  // resolved once per request: the view asks many times while rendering
  private transient Object resolvedFor;
  private transient Locale resolved;

  public Locale getLocale() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (request != resolvedFor) {
      resolved = resolve((HttpServletRequest) request);
      resolvedFor = request;
    }
    return resolved;
  }

  private Locale resolve(HttpServletRequest request) {
    var browser = Collections.list(request.getLocales());
    Optional<CurrentCaller.Languages> known = caller.languages();
    if (known.isPresent()) {
      // read with the caller's grants: no statement of its own on every page
      CurrentCaller.Languages l = known.get();
      String preference = l.chosen() != null ? l.chosen() : sessionChoice;
      return ContentLanguages.resolveUiLocale(preference, browser, l.organisationDefault());
    }
    if (caller.isAuthenticated()) {
      Account account = ownAccount.current();
      String preference = account.getLocale() != null ? account.getLocale() : sessionChoice;
      return ContentLanguages.resolveUiLocale(
          preference, browser, account.getOrganisation().getDefaultLocale());
    }
    return ContentLanguages.resolveUiLocale(sessionChoice, browser, ContentLanguages.DEFAULT);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void switchTo(String language) throws IOException {
    if (!ContentLanguages.isSupported(language)) {
      return;
    }
    sessionChoice = language;
    resolvedFor = null;
    if (caller.isAuthenticated()) {
      ownAccount.chooseLanguage(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    // reload the view by GET, with its view parameters (?id=...), so every text is in the new
    // language, also in parts that ajax updates later
    faces
        .getExternalContext()
        .redirect(
            faces
                .getApplication()
                .getViewHandler()
                .getBookmarkableURL(
                    faces, faces.getViewRoot().getViewId(), Collections.emptyMap(), true));
  }
}
