package dk.tegn.web.account;

import dk.tegn.core.account.control.PasswordResets;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.problem.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/**
 * Backs /password/reset.xhtml?token=: the link of the mail. A link that no longer works says so and
 * offers a new one; a working one takes the new password twice, under the password policy.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;
  @Inject FacesMessages messages;

  private String token;
  private boolean usable;
  private String doneFor;

  @NotBlank(message = "{platform.required}")
  private String next;

  @NotBlank(message = "{platform.required}")
  private String repeated;

  public void load() {
    usable = resets.usable(token);
  }

  public void save() {
    try {
      doneFor = resets.reset(token, next, repeated);
      usable = false;
    } catch (RuleViolationException rule) {
      if (rule.messageKey().equals("password_reset.invalid")) {
        usable = false;
      } else {
        messages.error("reset:next", rule);
      }
    }
  }

  public boolean isUsable() {
    return usable;
  }

  /** The username whose password was just set; null before. */
  public String getDoneFor() {
    return doneFor;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
