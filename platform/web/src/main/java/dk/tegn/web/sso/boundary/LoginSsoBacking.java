package dk.tegn.web.sso.boundary;

import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.sso.control.SsoDirectory;
import dk.tegn.core.sso.control.SsoDirectory.Offer;
import dk.tegn.core.sso.control.SsoRefusal;
import dk.tegn.i18n.Messages;
import dk.tegn.web.security.LoginBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single sign-on part of /login.xhtml: a "Sign in with ..." link per organisation that has a
 * provider, the organisation found by a work e-mail address, the organisation of a link ({@code
 * ?organisation=<code>}), and why a single sign-on was refused ({@code ?sso=<reason>}).
 */
@Named
@RequestScoped
public class LoginSsoBacking {

  @Inject SsoDirectory directory;
  @Inject FacesMessages messages;
  @Inject LoginBacking login;

  @NotBlank(message = "{platform.required}")
  private String email;

  private String organisation;
  private String refusal;
  private List<Offer> offers;

  /** The enabled providers; the one of {@code ?organisation=} alone when it names one. */
  public List<Offer> getOffers() {
    if (offers == null) {
      List<Offer> all = directory.offers();
      List<Offer> chosen =
          all.stream().filter(o -> o.organisationCode().equals(organisation)).toList();
      offers = chosen.isEmpty() ? all : chosen;
    }
    return offers;
  }

  /** The start address of an offer, keeping where the person was going. */
  public String startUrl(Offer offer) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context
        + SsoServlet.START
        + "?organisation="
        + URLEncoder.encode(offer.organisationCode(), StandardCharsets.UTF_8)
        + nextParameter();
  }

  /** The organisation of the address's domain, offered alone; else a message. */
  public void discover() throws IOException {
    Optional<Offer> offer = directory.forEmail(email == null ? null : email.strip());
    if (offer.isEmpty()) {
      messages.error("sso:email", Messages.PLATFORM, "login.sso.noProvider");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/login.xhtml?organisation="
            + URLEncoder.encode(offer.get().organisationCode(), StandardCharsets.UTF_8)
            + nextParameter());
  }

  /** The bundle key of the refusal named by {@code ?sso=}, or null. */
  public String getRefusalKey() {
    return Arrays.stream(SsoRefusal.Reason.values())
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .filter(r -> r.equals(refusal))
        .findFirst()
        .map(r -> "login.sso." + r)
        .orElse(null);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRefusal() {
    return refusal;
  }

  public void setRefusal(String refusal) {
    this.refusal = refusal;
  }

  /** Where the person was going, if inside Tegn, as a query parameter to add; else nothing. */
  private String nextParameter() {
    String next = SsoServlet.insideTegn(login.getNext());
    return next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
