package dk.tegn.intake.queue.boundary;

import dk.tegn.intake.IntakeDates;
import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.referral.control.ReferralCase;
import dk.tegn.intake.referral.entity.CaseOutcome;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.ReferralDetails;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.routing.control.RuleNames;
import dk.tegn.intake.routing.control.TeamDirectory;
import dk.tegn.intake.routing.entity.MemberRow;
import dk.tegn.intake.routing.entity.Team;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs /intake/referral.xhtml?id=: an officer of the referral's team reads it (every load is an
 * audited read) and moves it on: triage, assign, contact, outcome (with the reflection period's end
 * date), extend, close, or send to another team. Others get the 403 page.
 */
@Named
@ViewScoped
public class IntakeReferralBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferralCase cases;
  @Inject TeamDirectory directory;
  @Inject IntakeDates dates;

  private long id;
  private ReferralDetails details;
  private String comment;
  private Long assignee;
  private CaseOutcome outcome;
  private Integer days;
  private Long team;

  /**
   * Reads the referral (an audited read). Without an id (a bookmark cut short, or the language
   * switch, which reloads the view without its parameters) the officer goes back to the queue.
   */
  public String load() {
    if (id <= 0) {
      return "/intake/queue.xhtml?faces-redirect=true";
    }
    details = cases.details(id);
    return null;
  }

  public String triage() {
    return apply(TransitionRequest.of(ReferralAction.TRIAGE));
  }

  public String assign() {
    return apply(new TransitionRequest(ReferralAction.ASSIGN, assignee, null, null, null, null));
  }

  public String recordContact() {
    return apply(TransitionRequest.of(ReferralAction.RECORD_CONTACT));
  }

  /** No outcome is chosen for the officer: without a choice the page says so next to the list. */
  public String recordOutcome() {
    if (outcome == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          "work:outcome",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              IntakeFaces.text("intake_referral.outcome.required"),
              null));
      faces.validationFailed();
      return null;
    }
    return apply(
        new TransitionRequest(ReferralAction.RECORD_OUTCOME, null, outcome, null, null, null));
  }

  public String extend() {
    return apply(
        new TransitionRequest(ReferralAction.EXTEND_REFLECTION, null, null, null, days, null));
  }

  public String close() {
    return apply(TransitionRequest.of(ReferralAction.CLOSE));
  }

  /** After sending it to another team, this officer may no longer read it: back to the queue. */
  public String reassign() {
    cases.transition(
        id, new TransitionRequest(ReferralAction.REASSIGN_TEAM, null, null, team, null, comment));
    IntakeFaces.info("intake_referral.reassigned");
    return "/intake/queue.xhtml?faces-redirect=true";
  }

  /**
   * Post, then redirect to the page again (a reload never repeats the step; the new state is read
   * afresh, which is itself an audited read).
   */
  private String apply(TransitionRequest request) {
    cases.transition(id, request.withComment(comment));
    IntakeFaces.info("intake_referral.saved");
    return "/intake/referral.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean can(String action) {
    ReferralState s = details.state();
    return switch (ReferralAction.valueOf(action)) {
      case TRIAGE -> s == ReferralState.SUBMITTED;
      case ASSIGN -> s == ReferralState.TRIAGED || s == ReferralState.ASSIGNED;
      case RECORD_CONTACT -> s == ReferralState.ASSIGNED;
      case RECORD_OUTCOME ->
          s == ReferralState.TRIAGED
              || s == ReferralState.ASSIGNED
              || s == ReferralState.IN_CONTACT;
      case EXTEND_REFLECTION -> details.reflectionEndsOn() != null;
      case CLOSE -> s == ReferralState.OUTCOME_RECORDED;
      case REASSIGN_TEAM -> s.open();
      default -> false;
    };
  }

  public String field(String name) {
    String value = details.field(SealedField.valueOf(name));
    if (SealedField.valueOf(name) == SealedField.MET_ON && value != null) {
      // kept as the form's ISO day; shown as a day in the reader's language
      try {
        return dates.date(LocalDate.parse(value));
      } catch (DateTimeParseException notADay) {
        return value;
      }
    }
    return value;
  }

  /** Why the referral came to this team: the rule's name in the reader's language. */
  public String getRoutedBy() {
    String name = RuleNames.resolve(details.routingRuleName(), IntakeFaces.language());
    return RuleNames.isFallback(details.routingRuleName())
        ? IntakeFaces.text("intake_referral.routedByFallback", name)
        : IntakeFaces.text("intake_referral.routedBy", name);
  }

  /** The indicator list the referral was screened with, by its title rather than its key. */
  public String getCatalogueName() {
    String key = "IndicatorCatalogue." + details.catalogueVersion();
    String title = IntakeFaces.text(key);
    return title.startsWith("???") ? details.catalogueVersion() : title;
  }

  /** The answers in catalogue key order, as public entries (the page reads key and value). */
  public List<Map.Entry<String, Answer>> getAnswers() {
    return details.answers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .<Map.Entry<String, Answer>>map(AbstractMap.SimpleImmutableEntry::new)
        .toList();
  }

  public String countryName(String code) {
    return code == null
        ? IntakeFaces.text("refer_new.unknown")
        : new Locale("", code).getDisplayCountry(IntakeFaces.locale());
  }

  /** The indicator's text in the catalogue the referral was screened with. */
  public String indicatorText(String key) {
    return catalogue().text(key, IntakeFaces.language()).orElse(key);
  }

  /**
   * For an observed sign: how the list the referral was screened with weighs it and, where that
   * list weighs it otherwise than the labour list, why (Tegn's own weighting). Empty otherwise.
   */
  public String indicatorWeight(Map.Entry<String, Answer> answer) {
    if (answer.getValue() != Answer.OBSERVED) {
      return "";
    }
    Profile profile = details.ageCategory().profile(details.exploitationForm());
    String language = IntakeFaces.language();
    return catalogue()
        .indicator(answer.getKey())
        .flatMap(
            i ->
                i.weightFor(profile)
                    .map(
                        w ->
                            IntakeFaces.text("intake_referral.weight." + w)
                                + i.weightReason(profile, language).map(r -> " " + r).orElse("")))
        .orElse("");
  }

  /** Referrals keep the catalogue version they were screened with. */
  private IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.version(details.catalogueVersion());
  }

  public List<MemberRow> getOfficers() {
    return directory.officersOf(details.teamId());
  }

  public List<Team> getTeams() {
    return directory.teams().stream().filter(t -> t.getId() != details.teamId()).toList();
  }

  public String teamName(Team t) {
    return t.name(IntakeFaces.language());
  }

  public CaseOutcome[] getOutcomes() {
    return CaseOutcome.values();
  }

  public ReferralDetails getDetails() {
    return details;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CaseOutcome outcome) {
    this.outcome = outcome;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public Long getTeam() {
    return team;
  }

  public void setTeam(Long team) {
    this.team = team;
  }
}
