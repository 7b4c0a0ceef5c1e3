package dk.tegn.web.security;

import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.PasswordSignIn;
import dk.tegn.core.security.SignInBusyException;
import dk.tegn.i18n.Messages;
import dk.tegn.web.layout.NavigationBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/**
 * Backs /login.xhtml: signs in, refuses in the same words whatever the reason, and goes where the
 * user was.
 */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank(message = "{platform.required}")
  private String username;

  @NotBlank(message = "{platform.required}")
  private String password;

  private String next;

  @Inject SecurityContext securityContext;
  @Inject FacesMessages messages;
  @Inject NavigationBacking navigation;

  public void redirectIfSignedIn() throws IOException {
    if (securityContext.getCallerPrincipal() != null) {
      goOn();
    }
  }

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status = PasswordSignIn.authenticate(username.trim(), password);
    if (status == AuthenticationStatus.SUCCESS) {
      goOn();
      return;
    }
    password = null;
    if (external.getRequestMap().get(SignInBusyException.REQUEST_ATTRIBUTE) != null) {
      messages.error("login:password", Messages.PLATFORM, "login.busy");
      faces.getExternalContext().getFlash().setKeepMessages(false);
      return;
    }
    Object wait = external.getRequestMap().get(TegnAuthenticationMechanism.THROTTLED_ATTRIBUTE);
    if (wait != null) {
      // said for known and unknown names alike: the throttle counts what was typed, not accounts
      messages.error("login:password", Messages.PLATFORM, "login.throttled", wait);
      faces.getExternalContext().getFlash().setKeepMessages(false);
      return;
    }
    // the same words for a wrong password, an unknown name and a locked account: a different
    // answer for locked accounts told an attacker which names exist
    messages.error("login:password", Messages.PLATFORM, "login.failed");
    faces.getExternalContext().getFlash().setKeepMessages(false);
  }

  private void goOn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    // only paths inside Tegn: an open redirect would help phishing
    String target =
        next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
            ? next
            : navigation.getHomeOutcome();
    external.redirect(external.getRequestContextPath() + target);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
