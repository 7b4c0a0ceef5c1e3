package dk.tegn.intake.referral.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.IntakeSettings;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.referral.control.ConsentPolicy;
import dk.tegn.intake.referral.control.ReferralSubmission;
import dk.tegn.intake.referral.control.ReferralSubmitter;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ChildNotification;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Preview;
import dk.tegn.intake.referral.entity.Profession;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.Region;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Backs /refer/new.xhtml. The steps: safety first (immediate danger: call 112 and the hotline, then
 * go on), the person, consent (adults only: a child's page says why it is not asked), the details
 * (identifying fields only with consent) with the indicator checklist and its screening signal, a
 * summary of what is sent and to whom, and the receipt. Each step is a full request, so what a step
 * shows follows from the answers before it without inputs appearing through ajax. Validation is the
 * same as the API's (the {@link ReferralForm} constraints). After sending, every field is cleared:
 * nothing identifying outlives the submission here.
 *
 * <p>Each step that goes on answers with a redirect to {@code new.xhtml?step=<step>} (post,
 * redirect, get), so the browser's Back and Forward move between the steps with what was entered,
 * and never ask to send a form again (issue 17, defect 14). The draft lives in the session for
 * that: coming back to the form after another page continues it (with a way to start over), Back
 * after sending shows the receipt again and never a second referral, and signing out forgets it.
 */
@Named
@SessionScoped
public class ReferNewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the user is in the form. */
  public enum Step {
    SAFETY,
    DANGER,
    PERSON,
    CONSENT,
    DETAILS,
    SUMMARY,
    DONE
  }

  @Inject ReferralSubmitter submitter;
  @Inject ReferralSubmission submission;
  @Inject IntakeSettings settings;

  private Step step = Step.SAFETY;
  private Step furthest = Step.SAFETY;
  private String requestedStep;
  private boolean resumed;
  private String idempotencyKey = UUID.randomUUID().toString();
  private boolean immediateDanger;
  private boolean emergencyCalled;
  private LocalDate metOn;
  private String metWhere;
  private Region region;
  private String personName;
  private AgeCategory ageCategory;
  private Integer estimatedAge;
  private Gender gender;
  private String nationality;
  private String languages;
  private boolean interpreterNeeded;
  private ChildNotification childNotification;
  private String contact;
  private ExploitationForm exploitationForm;
  private Map<String, String> answers = new HashMap<>();
  private String narrative;
  private ConsentAnswer consent;
  private Profession profession;
  private String referrerCallback;
  private Preview preview;
  private String reference;

  /** The inputs of each step, named like the {@link ReferralForm} components they fill. */
  static final Set<String> PERSON_FIELDS =
      Set.of(
          "metOn",
          "region",
          "ageCategory",
          "estimatedAge",
          "gender",
          "nationality",
          "exploitationForm",
          "profession");

  static final Set<String> CONSENT_FIELDS = Set.of("consent");

  /**
   * On every GET of the form: the step asked for by the address, if the draft has reached it;
   * without a step, the draft where it was left (a sent one starts a new referral).
   */
  public void open() {
    resumed = false;
    Step wanted = parse(requestedStep);
    requestedStep = null;
    if (step == Step.DONE) {
      if (wanted == null) {
        startAfresh();
      }
      return;
    }
    if (wanted == null) {
      resumed = step != Step.SAFETY;
      return;
    }
    if (wanted.ordinal() <= furthest.ordinal() && wanted != Step.DONE) {
      step = wanted;
      if (step == Step.CONSENT && isChild()) {
        step = Step.PERSON;
      } else if (step == Step.DANGER && !immediateDanger
          || step == Step.SUMMARY && preview == null) {
        step = Step.PERSON;
      }
    }
  }

  private static Step parse(String name) {
    return Arrays.stream(Step.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  /** Forgets the draft and starts a new referral. */
  public String startOver() {
    startAfresh();
    return go(Step.SAFETY);
  }

  private void startAfresh() {
    clear();
    reference = null;
    step = Step.SAFETY;
    furthest = Step.SAFETY;
  }

  /** To the step, by a redirect the browser keeps in its history as a plain page. */
  private String go(Step next) {
    step = next;
    if (next.ordinal() > furthest.ordinal()) {
      furthest = next;
    }
    return "/refer/new.xhtml?faces-redirect=true&step=" + next.name();
  }

  /**
   * The same step again with what needs correcting, also by a redirect: a page that answered a post
   * would make Back ask to send the form again.
   */
  private String stay() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return go(step);
  }

  public String answerDanger(boolean danger) {
    immediateDanger = danger;
    return go(danger ? Step.DANGER : Step.PERSON);
  }

  public String continueToForm() {
    return go(Step.PERSON);
  }

  /** From the person to consent (adults) or straight to the details (a child: never asked). */
  public String personDone() {
    if (showViolations(PERSON_FIELDS)) {
      return go(isChild() ? Step.DETAILS : Step.CONSENT);
    }
    return stay();
  }

  public String consentDone() {
    if (showViolations(CONSENT_FIELDS)) {
      return go(Step.DETAILS);
    }
    return stay();
  }

  /** One step back, keeping what was entered. */
  public String back() {
    return go(
        switch (step) {
          case CONSENT -> Step.PERSON;
          case DETAILS -> isChild() ? Step.PERSON : Step.CONSENT;
          case SUMMARY -> Step.DETAILS;
          default -> step;
        });
  }

  public String review() {
    ReferralForm form = form();
    Set<ConstraintViolation<ReferralForm>> violations = IntakeFaces.validate(form);
    Step back = stepOf(violations);
    if (back != null) {
      step = back;
      showViolations(stepFields(back));
      return stay();
    }
    if (IntakeFaces.showViolations("refer", violations)) {
      preview = submission.preview(form);
      return go(Step.SUMMARY);
    }
    return stay();
  }

  public String edit() {
    return go(Step.DETAILS);
  }

  /** Shows the violations of the given inputs next to them; true when there are none. */
  private boolean showViolations(Set<String> fields) {
    Set<ConstraintViolation<ReferralForm>> mine = new HashSet<>();
    for (ConstraintViolation<ReferralForm> v : IntakeFaces.validate(form())) {
      if (fields.contains(v.getPropertyPath().toString())) {
        mine.add(v);
      }
    }
    return IntakeFaces.showViolations("refer", mine);
  }

  /** The earlier step that has something to correct, or null. */
  private static Step stepOf(Set<ConstraintViolation<ReferralForm>> violations) {
    Set<String> paths = new HashSet<>();
    violations.forEach(v -> paths.add(v.getPropertyPath().toString()));
    if (paths.stream().anyMatch(PERSON_FIELDS::contains)) {
      return Step.PERSON;
    }
    return paths.stream().anyMatch(CONSENT_FIELDS::contains) ? Step.CONSENT : null;
  }

  private static Set<String> stepFields(Step step) {
    return step == Step.PERSON ? PERSON_FIELDS : CONSENT_FIELDS;
  }

  /**
   * Sends once: a second press (a double click, the same form from another tab) finds the step
   * already done and shows the receipt; the idempotency key makes a retry of the same form one
   * referral in any case.
   */
  public String send() {
    if (step == Step.DONE) {
      return go(Step.DONE);
    }
    reference = submitter.submit(form()).reference();
    clear();
    return go(Step.DONE);
  }

  /** The form as it will be sent; an anonymous referral carries no identifying field at all. */
  ReferralForm form() {
    boolean anonymous = isAnonymous();
    return new ReferralForm(
        idempotencyKey,
        metOn,
        anonymous ? null : metWhere,
        region,
        anonymous ? null : personName,
        ageCategory,
        anonymous ? null : estimatedAge,
        gender,
        nationality,
        anonymous ? null : languages,
        interpreterNeeded,
        anonymous ? null : contact,
        exploitationForm,
        profileAnswers(),
        anonymous ? null : narrative,
        immediateDanger,
        immediateDanger && emergencyCalled,
        isChild() ? null : consent,
        profession,
        anonymous ? null : referrerCallback,
        isChild() ? childNotification : null);
  }

  private Map<String, Answer> profileAnswers() {
    Map<String, Answer> result = new HashMap<>();
    for (Indicator i : IndicatorCatalogue.current().indicatorsFor(profile())) {
      String answer = answers.get(i.key());
      if (answer != null && !answer.isBlank()) {
        result.put(i.key(), Answer.valueOf(answer));
      }
    }
    return result;
  }

  private void clear() {
    idempotencyKey = UUID.randomUUID().toString();
    metOn = null;
    metWhere = null;
    region = null;
    personName = null;
    ageCategory = null;
    estimatedAge = null;
    gender = null;
    nationality = null;
    languages = null;
    interpreterNeeded = false;
    childNotification = null;
    contact = null;
    exploitationForm = null;
    answers = new HashMap<>();
    narrative = null;
    consent = null;
    profession = null;
    referrerCallback = null;
    preview = null;
    immediateDanger = false;
    emergencyCalled = false;
  }

  private AgeCategory effectiveAge() {
    return ageCategory == null
        ? AgeCategory.UNKNOWN
        : AgeCategory.effective(ageCategory, estimatedAge);
  }

  private Profile profile() {
    return effectiveAge().profile(exploitationForm);
  }

  /** Under 18, or possibly: consent is not asked, and the form says why. */
  public ChildNotification getChildNotification() {
    return childNotification;
  }

  public void setChildNotification(ChildNotification childNotification) {
    this.childNotification = childNotification;
  }

  public ChildNotification[] getChildNotifications() {
    return ChildNotification.values();
  }

  public boolean isChild() {
    return !ConsentPolicy.consentAsked(effectiveAge());
  }

  public boolean isAnonymous() {
    return !isChild() && consent == ConsentAnswer.DECLINED;
  }

  public List<Dimension> getDimensions() {
    Profile profile = profile();
    return IndicatorCatalogue.current().dimensions().stream()
        .map(
            d ->
                new Dimension(
                    d.key(),
                    d.number(),
                    d.element(),
                    d.name(),
                    d.description(),
                    d.indicatorsFor(profile)))
        .toList();
  }

  public ScreeningResult getScreening() {
    return ReferralSubmission.screen(form());
  }

  public String getLanguage() {
    return IntakeFaces.language();
  }

  public String getHotline() {
    return settings.hotline();
  }

  public String getToday() {
    return LocalDate.now(settings.zone()).toString();
  }

  /** ISO 3166 codes with their names in the view's language, sorted by name. */
  public List<Map.Entry<String, String>> getCountries() {
    Locale locale = IntakeFaces.locale();
    return Arrays.stream(Locale.getISOCountries())
        .map(
            code ->
                (Map.Entry<String, String>)
                    new AbstractMap.SimpleImmutableEntry<>(
                        code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .toList();
  }

  public String countryName(String code) {
    return code == null ? null : new Locale("", code).getDisplayCountry(IntakeFaces.locale());
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public AgeCategory[] getAgeCategories() {
    return AgeCategory.values();
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public ExploitationForm[] getExploitationForms() {
    return ExploitationForm.values();
  }

  public Profession[] getProfessions() {
    return Profession.values();
  }

  public ConsentAnswer[] getConsentAnswers() {
    return ConsentAnswer.values();
  }

  public Answer[] getAnswerValues() {
    return Answer.values();
  }

  public Step getStep() {
    return step;
  }

  public String getRequestedStep() {
    return requestedStep;
  }

  public void setRequestedStep(String requestedStep) {
    this.requestedStep = requestedStep;
  }

  /** The form was opened again with a draft not yet sent: the page says so. */
  public boolean isResumed() {
    return resumed;
  }

  public boolean isImmediateDanger() {
    return immediateDanger;
  }

  public boolean isEmergencyCalled() {
    return emergencyCalled;
  }

  public void setEmergencyCalled(boolean emergencyCalled) {
    this.emergencyCalled = emergencyCalled;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public void setMetOn(LocalDate metOn) {
    this.metOn = metOn;
  }

  public String getMetWhere() {
    return metWhere;
  }

  public void setMetWhere(String metWhere) {
    this.metWhere = metWhere;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public String getPersonName() {
    return personName;
  }

  public void setPersonName(String personName) {
    this.personName = personName;
  }

  public AgeCategory getAgeCategory() {
    return ageCategory;
  }

  public void setAgeCategory(AgeCategory ageCategory) {
    this.ageCategory = ageCategory;
  }

  public Integer getEstimatedAge() {
    return estimatedAge;
  }

  public void setEstimatedAge(Integer estimatedAge) {
    this.estimatedAge = estimatedAge;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public void setInterpreterNeeded(boolean interpreterNeeded) {
    this.interpreterNeeded = interpreterNeeded;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public ExploitationForm getExploitationForm() {
    return exploitationForm;
  }

  public void setExploitationForm(ExploitationForm exploitationForm) {
    this.exploitationForm = exploitationForm;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public ConsentAnswer getConsent() {
    return consent;
  }

  public void setConsent(ConsentAnswer consent) {
    this.consent = consent;
  }

  public Profession getProfession() {
    return profession;
  }

  public void setProfession(Profession profession) {
    this.profession = profession;
  }

  public String getReferrerCallback() {
    return referrerCallback;
  }

  public void setReferrerCallback(String referrerCallback) {
    this.referrerCallback = referrerCallback;
  }

  public Preview getPreview() {
    return preview;
  }

  public String getReference() {
    return reference;
  }
}
