package dk.tegn.lti.deeplink.boundary;

import dk.tegn.lti.deeplink.control.DeepLinking;
import dk.tegn.lti.launch.control.LaunchRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backs /lti/deep-link.xhtml: the teacher, sent here by a verified deep linking request, picks a
 * course or one of its quizzes. The pick is posted to {@link DeepLinkReturnServlet}.
 */
@Named
@RequestScoped
public class DeepLinkBacking {

  @Inject DeepLinking deepLinking;

  private String code;
  private DeepLinking.Choice choice;
  private String refused;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      choice = deepLinking.open(code, faces.getViewRoot().getLocale().getLanguage());
    } catch (LaunchRefusedException e) {
      refused = e.reason();
      ((HttpServletResponse) faces.getExternalContext().getResponse())
          .setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public DeepLinking.Choice getChoice() {
    return choice;
  }

  public String getRefused() {
    return refused;
  }
}
