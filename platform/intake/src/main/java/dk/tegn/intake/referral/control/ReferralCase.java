package dk.tegn.intake.referral.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.IntakeSettings;
import dk.tegn.intake.crypto.control.FieldCipher;
import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.crypto.entity.Sealed;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralDetails;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.Transition;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.referral.entity.TransitionView;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * An intake officer works a referral of their team: reads it (audited) and moves it through intake.
 * Anyone else is refused (audited) before any detail is decrypted; a caller who is not an intake
 * officer at all is refused before the referral is even looked up, so ids cannot be probed.
 */
@ApplicationScoped
public class ReferralCase {

  static final String READ = "intake.referral.read";
  static final String TRANSITION = "intake.referral.transition";
  private static final Logger LOG = Logger.getLogger(ReferralCase.class.getName());

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;
  @Inject KeyRing keys;
  @Inject PlatformClock clock;
  @Inject IntakeSettings settings;
  @Inject ReferralNotifier notifier;

  @Transactional
  public ReferralDetails details(long referralId) {
    Referral referral = authorised(referralId, READ);
    access.allowed(READ, IntakeAccess.REFERRAL, referralId);
    return toDetails(referral, keys.cipher());
  }

  /** Applies one step; returns the referral's queue line afterwards. */
  @Transactional
  public QueueRow transition(long referralId, @NotNull @Valid TransitionRequest request) {
    Referral referral = authorised(referralId, TRANSITION);
    long actor = access.signedIn();
    Sealed comment = ReferralSealer.sealComment(keys.cipher(), referral, request.comment());
    Instant now = clock.now();
    switch (request.action()) {
      case TRIAGE -> referral.triage(actor, now, comment);
      case ASSIGN -> {
        long assignee = required(request.assigneeAccountId(), "assigneeAccountId");
        if (!isOfficer(assignee) || !access.isMember(referral.getTeamId(), assignee)) {
          throw violation("intake.referral.assign.notMember");
        }
        referral.assign(actor, assignee, now, comment);
      }
      case RECORD_CONTACT -> referral.recordContact(actor, now, comment);
      case RECORD_OUTCOME ->
          referral.recordOutcome(
              actor,
              required(request.outcome(), "outcome"),
              now,
              LocalDate.ofInstant(now, settings.zone()),
              settings.reflectionDays(),
              comment);
      case EXTEND_REFLECTION ->
          referral.extendReflection(
              actor, required(request.days(), "days"), settings.reflectionMaxDays(), now, comment);
      case CLOSE -> referral.close(actor, now, comment);
      case REASSIGN_TEAM -> {
        long teamId = required(request.teamId(), "teamId");
        if (em.find(Team.class, teamId) == null) {
          throw new RecordNotFoundException("team", teamId);
        }
        referral.reassignTeam(actor, teamId, now, comment);
        notifier.newReferral(referral);
      }
      case SUBMIT, STRIP_IDENTIFYING_DATA ->
          throw violation(
              "intake.referral.transition.notAllowed",
              request.action().name(),
              referral.getState().name());
    }
    em.flush();
    access.allowed(TRANSITION, IntakeAccess.REFERRAL, referralId, request.action().name());
    LOG.info(() -> "referral " + referralId + ": " + request.action() + " by account " + actor);
    return QueueRow.of(referral);
  }

  private Referral authorised(long referralId, String action) {
    access.requireOfficer(action, IntakeAccess.REFERRAL, referralId);
    Referral referral = em.find(Referral.class, referralId);
    if (referral == null) {
      throw new RecordNotFoundException("referral", referralId);
    }
    access.requireOfficerOfTeam(referral.getTeamId(), action, IntakeAccess.REFERRAL, referralId);
    return referral;
  }

  private boolean isOfficer(long accountId) {
    return em
        .createNamedQuery("RoleGrant.findByAccount", RoleGrant.class)
        .setParameter("accountId", accountId)
        .getResultList()
        .stream()
        .anyMatch(g -> g.getRole() == Role.INTAKE_OFFICER);
  }

  private ReferralDetails toDetails(Referral r, FieldCipher cipher) {
    Map<Long, Account> accounts = new HashMap<>();
    List<TransitionView> history =
        r.getTransitions().stream()
            .map(
                t ->
                    new TransitionView(
                        t.getSeq(),
                        t.getAction(),
                        t.getFromState(),
                        t.getToState(),
                        t.getActorAccountId(),
                        name(accounts, t.getActorAccountId()),
                        t.getAt(),
                        t.getTeamId(),
                        t.getAssigneeAccountId(),
                        name(accounts, t.getAssigneeAccountId()),
                        t.getOutcome(),
                        comment(cipher, t)))
            .toList();
    Account referrer = account(accounts, r.getReferrerAccountId());
    return new ReferralDetails(
        r.getId(),
        r.getReference(),
        r.getVersion(),
        r.getState(),
        r.getKind(),
        r.getPriority(),
        r.getSubmittedAt(),
        r.getCatalogueVersion(),
        r.getAgeCategory(),
        r.getGender(),
        r.getNationality(),
        r.getRegion(),
        r.getExploitationForm(),
        r.getProfession(),
        r.isImmediateDanger(),
        r.isEmergencyCalled(),
        r.isInterpreterNeeded(),
        r.getScreeningSignal(),
        r.getTeamId(),
        r.getRoutingRuleName(),
        r.getAssigneeAccountId(),
        name(accounts, r.getAssigneeAccountId()),
        r.getOutcome(),
        r.getReflectionStartsOn(),
        r.getReflectionEndsOn(),
        r.getClosedAt(),
        r.getStrippedAt(),
        referrer == null ? null : referrer.getDisplayName(),
        referrer == null ? null : referrer.getEmail(),
        referrer == null ? null : referrer.getOrganisation().getName(),
        byName(ReferralSealer.open(cipher, r)),
        r.getAnswers(),
        history,
        r.getChildNotification());
  }

  private static Map<String, String> byName(Map<SealedField, String> fields) {
    Map<String, String> result = new TreeMap<>();
    fields.forEach((field, text) -> result.put(field.name(), text));
    return result;
  }

  private static String comment(FieldCipher cipher, Transition t) {
    return t.getCommentCiphertext() == null ? null : ReferralSealer.openComment(cipher, t);
  }

  private String name(Map<Long, Account> cache, Long accountId) {
    Account a = account(cache, accountId);
    return a == null ? null : a.getDisplayName();
  }

  private Account account(Map<Long, Account> cache, Long accountId) {
    if (accountId == null) {
      return null;
    }
    return cache.computeIfAbsent(accountId, id -> em.find(Account.class, id));
  }

  private static <T> T required(T value, String parameter) {
    if (value == null) {
      throw violation("intake.referral.transition.missing", parameter);
    }
    return value;
  }

  private static RuleViolationException violation(String key, Object... arguments) {
    return new RuleViolationException(Messages.INTAKE, key, arguments);
  }
}
