package dk.tegn.web.account;

import dk.tegn.coordination.enrolment.control.NotificationChoices;
import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.ViewerZone;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs /account/profile.xhtml: one's own name, e-mail address, language, time zone and the
 * reminder mails one wants (a new address needs the current password). Saved by a full post, then
 * shown again by GET in the chosen language.
 */
@Named
@ViewScoped
public class AccountProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OwnAccount ownAccount;
  @Inject FacesMessages messages;
  @Inject NotificationChoices notifications;
  @Inject ViewerZone viewerZone;

  @NotBlank(message = "{platform.required}")
  @Size(max = 200, message = "{platform.tooLong}")
  private String displayName;

  @Email(message = "{platform.email}")
  @Size(max = 254, message = "{platform.email}")
  private String email;

  private String language;

  /** The person's own zone; blank for the organisation's. */
  private String timeZone;

  private String organisationZone;
  private boolean dueReminders;
  private boolean expiryReminders;
  private String currentPassword;
  private String username;
  private String organisation;

  @PostConstruct
  void load() {
    Account account = ownAccount.current();
    displayName = account.getDisplayName();
    email = account.getEmail();
    language =
        account.getLocale() != null
            ? account.getLocale()
            : FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    username = account.getUsername();
    organisation = account.getOrganisation().getName();
    timeZone = account.getTimeZone() == null ? "" : account.getTimeZone();
    organisationZone = viewerZone.organisationZone().getId();
    NotificationChoices.Choice choice = notifications.mine();
    dueReminders = choice.dueReminders();
    expiryReminders = choice.expiryReminders();
  }

  public String save() {
    // checked first, so that a refused save changes nothing
    if (!OwnAccount.isChoosableZone(timeZone)) {
      messages.error("profile:timeZone", Messages.PLATFORM, "account_profile.timeZoneUnknown");
      return null;
    }
    try {
      ownAccount.updateProfile(displayName, email, language, currentPassword);
    } catch (RuleViolationException rule) {
      messages.error("profile:currentPassword", rule);
      return null;
    }
    ownAccount.chooseTimeZone(timeZone);
    notifications.choose(dueReminders, expiryReminders);
    messages.info(Messages.PLATFORM, "account_profile.saved");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/account/profile.xhtml?faces-redirect=true";
  }

  /** The region time zones (Europe/Copenhagen), by name. */
  public List<String> getTimeZones() {
    return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The organisation's zone, named in the choice that follows it. */
  public String getOrganisationZone() {
    return organisationZone;
  }

  public boolean isDueReminders() {
    return dueReminders;
  }

  public void setDueReminders(boolean dueReminders) {
    this.dueReminders = dueReminders;
  }

  public boolean isExpiryReminders() {
    return expiryReminders;
  }

  public void setExpiryReminders(boolean expiryReminders) {
    this.expiryReminders = expiryReminders;
  }

  public List<String> getLanguages() {
    return ContentLanguages.SUPPORTED;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getUsername() {
    return username;
  }

  public String getOrganisation() {
    return organisation;
  }
}
