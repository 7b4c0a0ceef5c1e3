package dk.tegn.coordination.registration.boundary;

import dk.tegn.coordination.registration.control.ConfirmationOutcome;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.PasswordSignIn;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import java.io.IOException;
import java.io.Serializable;

/** Backs /register/confirm.xhtml?token=: confirms a registration or accepts an invitation. */
@Named
@ViewScoped
public class RegisterConfirmBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Registrations registrations;
  @Inject FacesMessages messages;

  private String token;
  private ConfirmationOutcome outcome;
  private String password;
  private boolean saved;

  /** Runs on the GET (f:viewAction): shows what the link does without doing it. */
  public void inspect() {
    outcome = registrations.check(token);
  }

  /** The confirm button (a POST, which mail scanners that open links do not send). */
  public void confirm() {
    try {
      outcome = registrations.confirm(token);
    } catch (RuleViolationException rule) {
      outcome = ConfirmationOutcome.INVALID;
      messages.error(null, rule);
    }
  }

  /**
   * Saves the invited person's password and signs them in with it, straight to their home page (as
   * Moodle does after a password is set from an invitation); should the sign-in be refused (a
   * throttle), the page says the password is saved and how to sign in.
   */
  public void choosePassword() throws IOException {
    String username;
    try {
      username = registrations.acceptInvitation(token, password);
    } catch (RuleViolationException rule) {
      messages.error("invitation:password", rule);
      return;
    }
    saved = true;
    AuthenticationStatus status = PasswordSignIn.authenticate(username, password);
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      messages.info(Messages.PLATFORM, "register_confirm.welcome");
      external.redirect(external.getRequestContextPath() + "/home.xhtml");
      return;
    }
    messages.info(Messages.PLATFORM, "register_confirm.saved");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public ConfirmationOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeName() {
    return outcome == null ? "INVALID" : outcome.name();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isSaved() {
    return saved;
  }
}
