package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.Answer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What a referrer sends, from the form or the API; validated the same way for both. The referrer is
 * the signed-in account, never a field.
 *
 * @param idempotencyKey chosen by the form once per referral, so a double click or a retry gives
 *     one referral
 * @param nationality ISO 3166-1 alpha-2, or null when not known
 * @param indicators answers by indicator key; an indicator left out counts as unknown
 * @param immediateDanger must be answered: it decides whether the referral is acute
 * @param consent asked of adults only; ignored for a child
 * @param childNotification asked for a child only: has the referrer notified the municipality
 */
@ValidReferral
public record ReferralForm(
    @NotBlank(message = "{platform.required}")
        @Pattern(
            regexp = "[A-Za-z0-9-]{16,64}",
            message = "{intake.referral.idempotencyKey.pattern}")
        String idempotencyKey,
    @NotNull(message = "{platform.required}")
        @PastOrPresent(message = "{intake.referral.metOn.past}")
        LocalDate metOn,
    @Size(max = 200, message = "{intake.referral.text.tooLong}") String metWhere,
    @NotNull(message = "{platform.required}") Region region,
    @Size(max = 200, message = "{intake.referral.text.tooLong}") String personName,
    @NotNull(message = "{platform.required}") AgeCategory ageCategory,
    @Min(value = 0, message = "{intake.referral.estimatedAge.range}")
        @Max(value = 120, message = "{intake.referral.estimatedAge.range}")
        Integer estimatedAge,
    @NotNull(message = "{platform.required}") Gender gender,
    @Pattern(regexp = "[A-Z]{2}", message = "{intake.referral.nationality.pattern}")
        String nationality,
    @Size(max = 200, message = "{intake.referral.text.tooLong}") String languages,
    Boolean interpreterNeeded,
    @Size(max = 300, message = "{intake.referral.text.tooLong}") String contact,
    @NotNull(message = "{platform.required}") ExploitationForm exploitationForm,
    Map<String, Answer> indicators,
    @Size(max = 4000, message = "{intake.referral.text.tooLong}") String narrative,
    @NotNull(message = "{intake.referral.immediateDanger.required}") Boolean immediateDanger,
    Boolean emergencyCalled,
    ConsentAnswer consent,
    @NotNull(message = "{platform.required}") Profession profession,
    @Size(max = 100, message = "{intake.referral.text.tooLong}") String referrerCallback,
    ChildNotification childNotification) {

  public ReferralForm {
    interpreterNeeded = Boolean.TRUE.equals(interpreterNeeded);
    emergencyCalled = Boolean.TRUE.equals(emergencyCalled);
    // not Map.copyOf: a null answer from the API must reach validation, not fail here
    indicators =
        indicators == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(indicators));
  }

  /** Unanswered counts as no here; validation refuses a referral that leaves it unanswered. */
  public boolean inDanger() {
    return Boolean.TRUE.equals(immediateDanger);
  }

  /** The age category handled under: an estimated age under 18 makes a child. */
  public AgeCategory effectiveAge() {
    return ageCategory == null ? null : AgeCategory.effective(ageCategory, estimatedAge);
  }
}
