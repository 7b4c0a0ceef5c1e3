package dk.tegn.courses.content.control;

import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The organisation default of the fallback rule for translated course texts (requested language,
 * the reader's organisation's default, da, en): the signed-in reader's organisation's language,
 * read once per request; none for a reader who is not signed in (the public verify page).
 */
@RequestScoped
public class ReaderLanguage {

  @Inject CurrentCaller caller;
  @Inject AccountDirectory accounts;

  private String organisationDefault;
  private boolean read;

  public String organisationDefault() {
    if (!read) {
      organisationDefault =
          caller.isAuthenticated()
              ? accounts.organisation(caller.organisationId()).getDefaultLocale()
              : null;
      read = true;
    }
    return organisationDefault;
  }
}
