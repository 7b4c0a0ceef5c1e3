package dk.tegn.coordination.registration.boundary;

import dk.tegn.coordination.registration.control.ConfirmationOutcome;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  public void choosePassword() {
    try {
      registrations.acceptInvitation(token, password);
      saved = true;
      messages.info(Messages.PLATFORM, "register_confirm.saved");
    } catch (RuleViolationException rule) {
      messages.error("invitation:password", rule);
    }
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
