package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import java.util.Map;
import java.util.Objects;

/**
 * The plain (non-encrypted) facts of a submitted referral: what routing, the queue and statistics
 * need, none of which identifies the person alone.
 *
 * @param nationality ISO 3166-1 alpha-2 code, or null when not known
 */
public record ReferralFacts(
    String reference,
    String idempotencyKey,
    long referrerAccountId,
    String catalogueVersion,
    ReferralKind kind,
    AgeCategory ageCategory,
    Gender gender,
    String nationality,
    Region region,
    ExploitationForm exploitationForm,
    Profession profession,
    boolean immediateDanger,
    boolean emergencyCalled,
    boolean interpreterNeeded,
    ScreeningSignal screeningSignal,
    Map<String, Answer> answers) {

  public ReferralFacts {
    Objects.requireNonNull(reference);
    Objects.requireNonNull(idempotencyKey);
    Objects.requireNonNull(catalogueVersion);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(ageCategory);
    Objects.requireNonNull(gender);
    Objects.requireNonNull(region);
    Objects.requireNonNull(exploitationForm);
    Objects.requireNonNull(profession);
    Objects.requireNonNull(screeningSignal);
    answers = Map.copyOf(answers);
  }
}
