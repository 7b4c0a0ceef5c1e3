package dk.tegn.intake.referral.control;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.catalogue.control.ScreeningRule;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Preview;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralFacts;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.ReferralKind;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.Submitted;
import dk.tegn.intake.routing.control.Router;
import dk.tegn.intake.routing.entity.RoutingDecision;
import dk.tegn.intake.routing.entity.RoutingRule;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "I refer the person I met to the centre." Stores the referral in one transaction with its
 * routing, its transition and the team's notification; a repeated idempotency key returns the first
 * referral's reference instead of storing a second. Without consent (adults), nothing identifying
 * is stored. Logs ids only.
 */
@ApplicationScoped
public class ReferralSubmission {

  private static final Logger LOG = Logger.getLogger(ReferralSubmission.class.getName());

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;
  @Inject KeyRing keys;
  @Inject PlatformClock clock;
  @Inject ReferralNotifier notifier;

  @Transactional
  public Submitted submit(@NotNull @Valid ReferralForm form) {
    long referrer = access.signedIn();
    Optional<Submitted> earlier = submitted(form.idempotencyKey(), form);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    AgeCategory age = form.effectiveAge();
    ReferralKind kind = ConsentPolicy.kindOf(age, form.consent());
    ScreeningResult screening = screen(form);
    RoutingDecision routing = route(form, age);
    String reference = ReferenceNumbers.next();
    Referral referral =
        new Referral(
            new ReferralFacts(
                reference,
                form.idempotencyKey(),
                referrer,
                screening.catalogueVersion(),
                kind,
                age,
                form.gender(),
                form.nationality(),
                form.region(),
                form.exploitationForm(),
                form.profession(),
                form.inDanger(),
                form.inDanger() && form.emergencyCalled(),
                form.interpreterNeeded(),
                screening.signal(),
                form.indicators()),
            routing,
            clock.now());
    referral.recordChildNotification(form.childNotification());
    if (kind.keepsIdentifyingData()) {
      referral.seal(ReferralSealer.seal(keys.cipher(), reference, identifying(form)));
    }
    referral.setContentFingerprint(ContentFingerprint.of(form));
    em.persist(referral);
    em.flush();
    int mails = notifier.newReferral(referral);
    access.allowed("intake.referral.submit", IntakeAccess.REFERRAL, referral.getId());
    LOG.info(
        () ->
            "referral "
                + referral.getId()
                + " submitted: "
                + kind
                + ", team "
                + routing.teamId()
                + ", "
                + routing.priority()
                + ", "
                + mails
                + " notification(s) queued");
    return new Submitted(reference, false);
  }

  /**
   * The earlier submission with this key, if it was the caller's. Another account's key is refused
   * rather than answered, so a key cannot be used to learn someone else's reference.
   */
  @Transactional
  public Optional<Submitted> submitted(String idempotencyKey) {
    return submitted(idempotencyKey, null);
  }

  /**
   * As {@link #submitted(String)}, and a repeat whose content differs from the first (the same key
   * on another referral) is refused with a message instead of silently dropping the change.
   */
  @Transactional
  public Optional<Submitted> submitted(String idempotencyKey, ReferralForm form) {
    long referrer = access.signedIn();
    List<Referral> found =
        em.createNamedQuery("Referral.findByIdempotencyKey", Referral.class)
            .setParameter("key", idempotencyKey)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Referral referral = found.get(0);
    if (referral.getReferrerAccountId() != referrer) {
      throw new RuleViolationException(Messages.INTAKE, "intake.referral.idempotencyKey.taken");
    }
    if (form != null && !ContentFingerprint.matches(referral.getContentFingerprint(), form)) {
      throw new RuleViolationException(Messages.INTAKE, "intake.referral.idempotencyKey.changed");
    }
    return Optional.of(new Submitted(referral.getReference(), true));
  }

  /** What submitting would do; stores nothing. */
  @Transactional
  public Preview preview(@NotNull ReferralForm form) {
    access.signedIn();
    AgeCategory age = form.effectiveAge() == null ? AgeCategory.UNKNOWN : form.effectiveAge();
    RoutingDecision routing = route(form, age);
    Team team = em.find(Team.class, routing.teamId());
    return new Preview(
        ConsentPolicy.kindOf(age, form.consent()),
        age,
        screen(form),
        team.getName(),
        routing.priority());
  }

  /** The screening signal of the form's answers against the current catalogue. */
  public static ScreeningResult screen(ReferralForm form) {
    AgeCategory age = form.effectiveAge() == null ? AgeCategory.UNKNOWN : form.effectiveAge();
    return ScreeningRule.screen(
        IndicatorCatalogue.current(), age.profile(form.exploitationForm()), form.indicators());
  }

  private RoutingDecision route(ReferralForm form, AgeCategory age) {
    List<RoutingRule> rules =
        em.createNamedQuery("RoutingRule.findAllInOrder", RoutingRule.class)
            .setMaxResults(500)
            .getResultList();
    return Router.route(
        rules, age, form.gender() == null ? Gender.UNKNOWN : form.gender(), form.inDanger());
  }

  private static Map<SealedField, String> identifying(ReferralForm form) {
    Map<SealedField, String> plain = new EnumMap<>(SealedField.class);
    plain.put(SealedField.PERSON_NAME, form.personName());
    plain.put(
        SealedField.ESTIMATED_AGE,
        form.estimatedAge() == null ? null : String.valueOf(form.estimatedAge()));
    plain.put(SealedField.MET_ON, form.metOn() == null ? null : form.metOn().toString());
    plain.put(SealedField.MET_WHERE, form.metWhere());
    plain.put(SealedField.LANGUAGES, form.languages());
    plain.put(SealedField.CONTACT, form.contact());
    plain.put(SealedField.REFERRER_CALLBACK, form.referrerCallback());
    plain.put(SealedField.NARRATIVE, form.narrative());
    plain.values().removeIf(v -> v == null || v.isBlank());
    return plain;
  }
}
