package dk.tegn.intake.referral.entity;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.crypto.entity.Sealed;
import dk.tegn.intake.routing.entity.RoutingDecision;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A suspected case referred to the centre: the aggregate root of intake. It holds plain facts for
 * routing, the queue and statistics, and the identifying and narrative fields only as ciphertext
 * (it never sees their plain text). It guards the intake state machine:
 *
 * <pre>
 * SUBMITTED -> TRIAGED -> ASSIGNED -> IN_CONTACT -> OUTCOME_RECORDED -> CLOSED
 * </pre>
 *
 * "Passed on" and "no contact possible" may be recorded without contact; "assessed (or not) as
 * victim" needs contact. An assessment as victim starts the reflection and recovery period. Every
 * step appends a {@link Transition} with who and when.
 */
@Entity
@Table(name = "itk_referral")
@NamedQuery(
    name = "Referral.findByIdempotencyKey",
    query = "select r from Referral r where r.idempotencyKey = :key")
@NamedQuery(
    name = "Referral.findByReference",
    query = "select r from Referral r where r.reference = :reference")
@NamedQuery(
    name = "Referral.findByReferrer",
    query = "select r from Referral r where r.referrerAccountId = :accountId order by r.id desc")
@NamedQuery(
    name = "Referral.findQueue",
    query =
        "select r from Referral r where r.teamId = :teamId and r.state in :states"
            + " order by r.priorityRank, r.id")
@NamedQuery(
    name = "Referral.findAcute",
    query =
        "select r from Referral r where r.teamId in :teamIds and r.priorityRank = :rank"
            + " and r.state in :states order by r.submittedAt, r.id")
@NamedQuery(
    name = "Referral.countQueues",
    query =
        "select r.teamId, r.priorityRank, count(r) from Referral r where r.teamId in :teamIds"
            + " and r.state in :states group by r.teamId, r.priorityRank")
@NamedQuery(
    name = "Referral.countQueue",
    query = "select count(r) from Referral r where r.teamId = :teamId and r.state in :states")
@NamedQuery(
    name = "Referral.findStrippable",
    query =
        "select r from Referral r where r.state = :closed and r.strippedAt is null"
            + " and r.closedAt < :closedBefore and (r.outcome is null or r.outcome not in :kept)"
            + " order by r.id")
@NamedQuery(
    name = "Referral.findByKeyIn",
    query = "select r from Referral r where r.keyId in :keyIds and r.id > :afterId order by r.id")
@NamedQuery(
    name = "Referral.countByExploitationForm",
    query =
        "select r.exploitationForm, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.exploitationForm")
@NamedQuery(
    name = "Referral.countByGender",
    query =
        "select r.gender, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.gender")
@NamedQuery(
    name = "Referral.countByAgeCategory",
    query =
        "select r.ageCategory, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.ageCategory")
@NamedQuery(
    name = "Referral.countByNationality",
    query =
        "select r.nationality, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.nationality")
@NamedQuery(
    name = "Referral.countByProfession",
    query =
        "select r.profession, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.profession")
@NamedQuery(
    name = "Referral.countByOutcome",
    query =
        "select r.outcome, count(r) from Referral r where r.submittedAt >= :from and r.submittedAt"
            + " < :to group by r.outcome")
@NamedNativeQuery(
    name = "Referral.countByMonth",
    query =
        "SELECT DATE_FORMAT(submitted_at, '%Y-%m') AS month, COUNT(*) FROM itk_referral"
            + " WHERE submitted_at >= ?1 AND submitted_at < ?2 GROUP BY month ORDER BY month")
public class Referral {

  private static final Set<CaseOutcome> NEED_CONTACT =
      EnumSet.of(CaseOutcome.ASSESSED_AS_VICTIM, CaseOutcome.NOT_ASSESSED_AS_VICTIM);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(name = "idempotency_key", nullable = false, unique = true)
  private String idempotencyKey;

  /** Salted hash of the submitted form (ContentFingerprint); null for referrals from before it. */
  @Column(name = "content_fingerprint")
  private String contentFingerprint;

  @Column(name = "referrer_account_id", nullable = false)
  private long referrerAccountId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "catalogue_version", nullable = false)
  private String catalogueVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_category", nullable = false)
  private AgeCategory ageCategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  private String nationality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "exploitation_form", nullable = false)
  private ExploitationForm exploitationForm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Profession profession;

  @Column(name = "immediate_danger", nullable = false)
  private boolean immediateDanger;

  @Column(name = "emergency_called", nullable = false)
  private boolean emergencyCalled;

  @Column(name = "interpreter_needed", nullable = false)
  private boolean interpreterNeeded;

  @Enumerated(EnumType.STRING)
  @Column(name = "screening_signal", nullable = false)
  private ScreeningSignal screeningSignal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;

  @Column(name = "priority_rank", nullable = false)
  private int priorityRank;

  @Column(name = "team_id", nullable = false)
  private long teamId;

  @Column(name = "routing_rule_id")
  private Long routingRuleId;

  @Column(name = "routing_rule_name", nullable = false)
  private String routingRuleName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralState state;

  @Column(name = "assignee_account_id")
  private Long assigneeAccountId;

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  @Column(name = "outcome_at")
  private Instant outcomeAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "child_notification")
  private ChildNotification childNotification;

  @Column(name = "reflection_starts_on")
  private LocalDate reflectionStartsOn;

  @Column(name = "reflection_ends_on")
  private LocalDate reflectionEndsOn;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "stripped_at")
  private Instant strippedAt;

  @Column(name = "key_id")
  private Long keyId;

  @Column(name = "person_name_ct")
  private byte[] personNameCt;

  @Column(name = "estimated_age_ct")
  private byte[] estimatedAgeCt;

  @Column(name = "met_on_ct")
  private byte[] metOnCt;

  @Column(name = "met_where_ct")
  private byte[] metWhereCt;

  @Column(name = "languages_ct")
  private byte[] languagesCt;

  @Column(name = "contact_ct")
  private byte[] contactCt;

  @Column(name = "referrer_callback_ct")
  private byte[] referrerCallbackCt;

  @Column(name = "narrative_ct")
  private byte[] narrativeCt;

  @ElementCollection
  @CollectionTable(name = "itk_indicator_answer", joinColumns = @JoinColumn(name = "referral_id"))
  @MapKeyColumn(name = "indicator_key")
  @Enumerated(EnumType.STRING)
  @Column(name = "answer", nullable = false)
  private Map<String, Answer> answers = new HashMap<>();

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<Transition> transitions = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  /** Records the submission as the first step, by the referrer. */
  public Referral(ReferralFacts facts, RoutingDecision routing, Instant now) {
    this.reference = facts.reference();
    this.idempotencyKey = facts.idempotencyKey();
    this.referrerAccountId = facts.referrerAccountId();
    this.submittedAt = Objects.requireNonNull(now);
    this.catalogueVersion = facts.catalogueVersion();
    this.kind = facts.kind();
    this.ageCategory = facts.ageCategory();
    this.gender = facts.gender();
    this.nationality = facts.nationality();
    this.region = facts.region();
    this.exploitationForm = facts.exploitationForm();
    this.profession = facts.profession();
    this.immediateDanger = facts.immediateDanger();
    this.emergencyCalled = facts.emergencyCalled();
    this.interpreterNeeded = facts.interpreterNeeded();
    this.screeningSignal = facts.screeningSignal();
    this.answers.putAll(facts.answers());
    this.teamId = routing.teamId();
    this.routingRuleId = routing.ruleId();
    this.routingRuleName = routing.ruleName();
    this.priority = routing.priority();
    this.priorityRank = routing.priority().rank();
    this.state = ReferralState.SUBMITTED;
    record(ReferralAction.SUBMIT, null, referrerAccountId, now, null);
  }

  /**
   * Stores the ciphertexts of the identifying and narrative fields. An anonymous referral refuses
   * them: without consent, nothing identifying is kept.
   */
  public void seal(Map<SealedField, Sealed> fields) {
    if (!kind.keepsIdentifyingData() && !fields.isEmpty()) {
      throw new IllegalStateException("an anonymous referral keeps no identifying data");
    }
    if (strippedAt != null) {
      throw new IllegalStateException("identifying data of this referral was removed");
    }
    Long key = null;
    for (Map.Entry<SealedField, Sealed> e : fields.entrySet()) {
      if (key != null && key != e.getValue().keyId()) {
        throw new IllegalArgumentException("all fields of a referral are sealed with one key");
      }
      key = e.getValue().keyId();
      put(e.getKey(), e.getValue().ciphertext());
    }
    if (key != null) {
      keyId = key;
    }
  }

  /** The ciphertexts present, by field (empty for anonymous or stripped referrals). */
  public Map<SealedField, byte[]> sealedFields() {
    Map<SealedField, byte[]> result = new EnumMap<>(SealedField.class);
    for (SealedField field : SealedField.values()) {
      byte[] ciphertext = get(field);
      if (ciphertext != null) {
        result.put(field, ciphertext.clone());
      }
    }
    return result;
  }

  public int nextSequence() {
    return transitions.size() + 1;
  }

  public void triage(long actor, Instant now, Sealed comment) {
    move(ReferralAction.TRIAGE, EnumSet.of(ReferralState.SUBMITTED), ReferralState.TRIAGED);
    record(ReferralAction.TRIAGE, ReferralState.SUBMITTED, actor, now, comment);
  }

  /** Assigns an officer; once assigned, the officer can be changed until the outcome. */
  public void assign(long actor, long assignee, Instant now, Sealed comment) {
    ReferralState from = state;
    ReferralState to = state == ReferralState.TRIAGED ? ReferralState.ASSIGNED : state;
    move(
        ReferralAction.ASSIGN,
        EnumSet.of(ReferralState.TRIAGED, ReferralState.ASSIGNED, ReferralState.IN_CONTACT),
        to);
    assigneeAccountId = assignee;
    record(ReferralAction.ASSIGN, from, actor, now, comment);
  }

  public void recordContact(long actor, Instant now, Sealed comment) {
    move(
        ReferralAction.RECORD_CONTACT,
        EnumSet.of(ReferralState.ASSIGNED),
        ReferralState.IN_CONTACT);
    record(ReferralAction.RECORD_CONTACT, ReferralState.ASSIGNED, actor, now, comment);
  }

  /**
   * Records how it ended. Only a decision of Udlændingestyrelsen records an extended departure
   * deadline (the "reflection period" of Udlændingeloven § 33, stk. 14), from {@code today} for
   * {@code reflectionDays}; the centre's own assessment starts no deadline.
   */
  public void recordOutcome(
      long actor,
      CaseOutcome result,
      Instant now,
      LocalDate today,
      int reflectionDays,
      Sealed comment) {
    Objects.requireNonNull(result);
    Set<ReferralState> from =
        NEED_CONTACT.contains(result)
            ? EnumSet.of(ReferralState.IN_CONTACT)
            : EnumSet.of(ReferralState.TRIAGED, ReferralState.ASSIGNED, ReferralState.IN_CONTACT);
    ReferralState before = state;
    move(ReferralAction.RECORD_OUTCOME, from, ReferralState.OUTCOME_RECORDED);
    outcome = result;
    outcomeAt = now;
    if (result == CaseOutcome.DIS_ASSESSED_AS_VICTIM) {
      if (reflectionDays < 1) {
        throw new IllegalArgumentException("reflection period must be at least a day");
      }
      reflectionStartsOn = today;
      reflectionEndsOn = today.plusDays(reflectionDays);
    }
    record(ReferralAction.RECORD_OUTCOME, before, actor, now, comment);
  }

  /** Extends the reflection period; its total length may not pass {@code maxTotalDays}. */
  public void extendReflection(
      long actor, int extraDays, int maxTotalDays, Instant now, Sealed comment) {
    if (outcome != CaseOutcome.DIS_ASSESSED_AS_VICTIM || reflectionEndsOn == null) {
      throw violation("intake.referral.reflection.none");
    }
    if (extraDays < 1) {
      throw new IllegalArgumentException("extend by at least a day");
    }
    LocalDate extended = reflectionEndsOn.plusDays(extraDays);
    if (ChronoUnit.DAYS.between(reflectionStartsOn, extended) > maxTotalDays) {
      throw violation("intake.referral.reflection.tooLong", maxTotalDays);
    }
    reflectionEndsOn = extended;
    record(ReferralAction.EXTEND_REFLECTION, state, actor, now, comment);
  }

  public void close(long actor, Instant now, Sealed comment) {
    move(ReferralAction.CLOSE, EnumSet.of(ReferralState.OUTCOME_RECORDED), ReferralState.CLOSED);
    closedAt = now;
    record(ReferralAction.CLOSE, ReferralState.OUTCOME_RECORDED, actor, now, comment);
  }

  /** Sends the referral to another team's queue, to be triaged there again. */
  public void reassignTeam(long actor, long newTeamId, Instant now, Sealed comment) {
    if (newTeamId == teamId) {
      throw violation("intake.referral.reassign.sameTeam");
    }
    ReferralState before = state;
    move(
        ReferralAction.REASSIGN_TEAM,
        EnumSet.of(
            ReferralState.SUBMITTED,
            ReferralState.TRIAGED,
            ReferralState.ASSIGNED,
            ReferralState.IN_CONTACT),
        ReferralState.SUBMITTED);
    teamId = newTeamId;
    assigneeAccountId = null;
    record(ReferralAction.REASSIGN_TEAM, before, actor, now, comment);
  }

  /**
   * True when retention applies: closed without an assessment as victim. Assessed cases follow the
   * centre's case-file rules instead.
   */
  public boolean strippable() {
    return state == ReferralState.CLOSED
        && strippedAt == null
        && (outcome == null || !outcome.victim());
  }

  /** Removes every ciphertext (fields and comments); plain statistics facts stay. */
  public void stripIdentifyingData(Instant now) {
    if (!strippable()) {
      throw new IllegalStateException("referral " + id + " is not due for stripping");
    }
    for (SealedField field : SealedField.values()) {
      put(field, null);
    }
    keyId = null;
    transitions.forEach(Transition::forgetComment);
    strippedAt = now;
    record(ReferralAction.STRIP_IDENTIFYING_DATA, state, null, now, null);
  }

  private void move(ReferralAction action, Set<ReferralState> allowedFrom, ReferralState to) {
    if (!allowedFrom.contains(state)) {
      throw violation("intake.referral.transition.notAllowed", action.name(), state.name());
    }
    state = to;
  }

  private void record(
      ReferralAction action, ReferralState from, Long actor, Instant now, Sealed comment) {
    transitions.add(new Transition(this, nextSequence(), action, from, actor, now, comment));
  }

  private static RuleViolationException violation(String key, Object... arguments) {
    return new RuleViolationException(Messages.INTAKE, key, arguments);
  }

  private byte[] get(SealedField field) {
    return switch (field) {
      case PERSON_NAME -> personNameCt;
      case ESTIMATED_AGE -> estimatedAgeCt;
      case MET_ON -> metOnCt;
      case MET_WHERE -> metWhereCt;
      case LANGUAGES -> languagesCt;
      case CONTACT -> contactCt;
      case REFERRER_CALLBACK -> referrerCallbackCt;
      case NARRATIVE -> narrativeCt;
    };
  }

  private void put(SealedField field, byte[] ciphertext) {
    switch (field) {
      case PERSON_NAME -> personNameCt = ciphertext;
      case ESTIMATED_AGE -> estimatedAgeCt = ciphertext;
      case MET_ON -> metOnCt = ciphertext;
      case MET_WHERE -> metWhereCt = ciphertext;
      case LANGUAGES -> languagesCt = ciphertext;
      case CONTACT -> contactCt = ciphertext;
      case REFERRER_CALLBACK -> referrerCallbackCt = ciphertext;
      case NARRATIVE -> narrativeCt = ciphertext;
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getContentFingerprint() {
    return contentFingerprint;
  }

  public void setContentFingerprint(String contentFingerprint) {
    this.contentFingerprint = contentFingerprint;
  }

  public long getReferrerAccountId() {
    return referrerAccountId;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** Records the referrer's answer about notifying the municipality; kept only for a child. */
  public void recordChildNotification(ChildNotification answer) {
    childNotification = ageCategory.treatedAsChild() ? answer : null;
  }

  public ChildNotification getChildNotification() {
    return childNotification;
  }

  public String getCatalogueVersion() {
    return catalogueVersion;
  }

  public ReferralKind getKind() {
    return kind;
  }

  public AgeCategory getAgeCategory() {
    return ageCategory;
  }

  public Gender getGender() {
    return gender;
  }

  public String getNationality() {
    return nationality;
  }

  public Region getRegion() {
    return region;
  }

  public ExploitationForm getExploitationForm() {
    return exploitationForm;
  }

  public Profession getProfession() {
    return profession;
  }

  public boolean isImmediateDanger() {
    return immediateDanger;
  }

  public boolean isEmergencyCalled() {
    return emergencyCalled;
  }

  public boolean isInterpreterNeeded() {
    return interpreterNeeded;
  }

  public ScreeningSignal getScreeningSignal() {
    return screeningSignal;
  }

  public Priority getPriority() {
    return priority;
  }

  public long getTeamId() {
    return teamId;
  }

  public Long getRoutingRuleId() {
    return routingRuleId;
  }

  public String getRoutingRuleName() {
    return routingRuleName;
  }

  public ReferralState getState() {
    return state;
  }

  public Long getAssigneeAccountId() {
    return assigneeAccountId;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public Instant getOutcomeAt() {
    return outcomeAt;
  }

  public LocalDate getReflectionStartsOn() {
    return reflectionStartsOn;
  }

  public LocalDate getReflectionEndsOn() {
    return reflectionEndsOn;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getStrippedAt() {
    return strippedAt;
  }

  public Long getKeyId() {
    return keyId;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, Answer> getAnswers() {
    return Collections.unmodifiableMap(answers);
  }

  public List<Transition> getTransitions() {
    return Collections.unmodifiableList(transitions);
  }
}
