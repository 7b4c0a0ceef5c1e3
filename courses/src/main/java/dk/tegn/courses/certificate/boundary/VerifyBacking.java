package dk.tegn.courses.certificate.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.certificate.control.Verification;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Backs the public /verify/index.xhtml?code=: is this certificate code valid? */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject Certificates certificates;

  private String code;
  private String reason;
  private Optional<Verification> result;

  /**
   * The code from the request at once: on the withdraw form's postback the view parameter reaches
   * the bean only after the form's rendered condition (which needs the code) has been read.
   */
  @PostConstruct
  void readCode() {
    String typed =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
    if (typed != null) {
      code = typed;
    }
  }

  /** A coordinator withdraws the certificate shown; the page then shows it withdrawn. */
  public String withdraw() {
    try {
      certificates.withdraw(code, reason);
    } catch (RuleViolationException refused) {
      CoursesFaces.error("withdraw:reason", refused);
      return null;
    }
    CoursesFaces.info("courses_verify_index.withdrawnNow");
    return check();
  }

  public String check() {
    return "/verify/index.xhtml?faces-redirect=true&code="
        + URLEncoder.encode(code == null ? "" : code.strip(), StandardCharsets.UTF_8);
  }

  public boolean isAsked() {
    return code != null && !code.isBlank();
  }

  public Verification getResult() {
    if (result == null) {
      result = isAsked() ? certificates.verify(code) : Optional.empty();
    }
    return result.orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
