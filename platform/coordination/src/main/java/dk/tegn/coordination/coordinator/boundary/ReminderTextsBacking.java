package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.enrolment.control.EnrolmentMails;
import dk.tegn.coordination.enrolment.control.ReminderTexts;
import dk.tegn.coordination.enrolment.control.Wording;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.coordination.enrolment.entity.ReminderTemplate;
import dk.tegn.coordination.enrolment.entity.ReminderWording;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs /coordination/reminder-texts.xhtml: a coordinator (or admin) of an organisation chooses a
 * kind of reminder and a language, words its subject and body, sees the mail as a person would get
 * it with example values while typing, saves, or goes back to the standard text.
 */
@Named
@ViewScoped
public class ReminderTextsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReminderTexts texts;
  @Inject EnrolmentMails mails;
  @Inject CurrentCaller caller;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;
  @Inject PlatformClock clock;

  private CoordinatorChoices choices;
  private ReminderKind kind = ReminderKind.OVERDUE;
  private String language;

  @ReminderWording
  @Size(max = ReminderTemplate.SUBJECT_MAX, message = "{platform.tooLong}")
  private String subject;

  @ReminderWording
  @Size(max = ReminderTemplate.BODY_MAX, message = "{platform.tooLong}")
  private String body;

  private boolean own;

  @PostConstruct
  void init() {
    List<Organisation> organisations = texts.organisations();
    choices = new CoordinatorChoices(organisations, caller.organisationId(), Map.of());
    language =
        ContentLanguages.isSupported(locale.getLanguage())
            ? locale.getLanguage()
            : ContentLanguages.DEFAULT;
    load();
  }

  /** Reads the chosen organisation's wording of the chosen kind and language. */
  public void load() {
    if (choices.getOrganisationId() == null) {
      return;
    }
    show(texts.of(choices.getOrganisationId(), kind, language));
  }

  public void save() {
    try {
      show(texts.save(choices.getOrganisationId(), kind, language, subject, body));
      messages.info(Messages.PLATFORM, "coordination_reminderTexts.saved");
    } catch (RuleViolationException rule) {
      messages.error("text:body", rule);
    }
  }

  public void restore() {
    show(texts.restoreDefault(choices.getOrganisationId(), kind, language));
    messages.info(Messages.PLATFORM, "coordination_reminderTexts.restored");
  }

  private void show(Wording wording) {
    subject = wording.getSubject();
    body = wording.getBody();
    own = wording.isOwn();
  }

  /** The subject as a person would get it, with example values in the text's language. */
  public String getPreviewSubject() {
    return subject == null ? "" : ReminderTemplate.render(subject, sample());
  }

  public String getPreviewBody() {
    return body == null ? "" : ReminderTemplate.render(body, sample());
  }

  private Map<String, String> sample() {
    Locale in = Locale.forLanguageTag(language);
    return mails.values(
        Messages.get(Messages.PLATFORM, in, "coordination_reminderTexts.sampleName"),
        Messages.get(Messages.PLATFORM, in, "coordination_reminderTexts.sampleCourse"),
        LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).plusDays(7),
        in);
  }

  public List<ReminderKind> getKinds() {
    return ReminderKind.rewordable();
  }

  public List<String> getLanguages() {
    return ContentLanguages.SUPPORTED;
  }

  public CoordinatorChoices getChoices() {
    return choices;
  }

  public ReminderKind getKind() {
    return kind;
  }

  public void setKind(ReminderKind kind) {
    this.kind = kind;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isOwn() {
    return own;
  }
}
