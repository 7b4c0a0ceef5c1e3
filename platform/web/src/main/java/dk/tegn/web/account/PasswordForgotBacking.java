package dk.tegn.web.account;

import dk.tegn.core.account.control.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs /password/forgot.xhtml: asks for the link to choose a new password. The answer is the same
 * words after the same time for a known and an unknown address, then the page is shown again by GET
 * (a reload or Back sends nothing twice).
 */
@Named
@RequestScoped
public class PasswordForgotBacking {

  /** Longer than the slowest request takes (a mail queued), so the wait tells nothing. */
  static final Duration ANSWER_AFTER = Duration.ofMillis(800);

  static final String SENT_TO = "passwordForgotSentTo";

  @NotBlank(message = "{platform.required}")
  @Email(message = "{platform.email}")
  @Size(max = 254, message = "{platform.email}")
  private String email;

  @Inject PasswordResets resets;

  @Inject
  @ConfigProperty(name = "tegn.public.url", defaultValue = "http://localhost:8080/")
  String publicUrl = "http://localhost:8080/";

  public String send() throws InterruptedException {
    long started = System.nanoTime();
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    resets.request(email, token -> base + "password/reset.xhtml?token=" + token);
    long left = ANSWER_AFTER.toNanos() - (System.nanoTime() - started);
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SENT_TO, email.strip());
    return "/password/forgot.xhtml?faces-redirect=true";
  }

  /** The address just asked for, on the page shown after the request; null otherwise. */
  public String getSentTo() {
    return (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SENT_TO);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
