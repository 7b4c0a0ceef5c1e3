package dk.tegn.web.privacy.boundary;

import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.control.DataSubjectRequests;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.web.privacy.control.DataArchive;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Backs /account/privacy.xhtml: what Tegn keeps about the signed-in person, module by module, and
 * the download of all of it as one archive.
 */
@Named
@RequestScoped
public class OwnPrivacyBacking {

  @Inject DataSubjectRequests requests;
  @Inject Erasures erasures;
  @Inject PlatformClock clock;

  public List<Declaration> getDeclarations() {
    return erasures.providers().stream().map(PrivacyProvider::declaration).toList();
  }

  /** A declaration's text in the viewer's language. */
  public String text(Declaration declaration, String part) {
    return DataArchive.declared(
        declaration, FacesContext.getCurrentInstance().getViewRoot().getLocale(), part);
  }

  public StreamedContent download() {
    return Downloads.archive(requests.mine(), erasures, clock);
  }
}
