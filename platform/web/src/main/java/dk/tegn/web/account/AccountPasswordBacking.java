package dk.tegn.web.account;

import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;

/** Backs /account/password.xhtml: change of one's own password under the password policy. */
@Named
@RequestScoped
public class AccountPasswordBacking {

  @NotBlank(message = "{platform.required}")
  private String current;

  @NotBlank(message = "{platform.required}")
  private String next;

  @NotBlank(message = "{platform.required}")
  private String repeated;

  @Inject OwnAccount ownAccount;
  @Inject FacesMessages messages;

  public void change() {
    try {
      ownAccount.changePassword(current, next, repeated);
      messages.info(Messages.PLATFORM, "account_password.changed");
    } catch (RuleViolationException rule) {
      String field = rule.messageKey().equals("account_password.wrongCurrent") ? "current" : "next";
      messages.error("password:" + field, rule);
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
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
