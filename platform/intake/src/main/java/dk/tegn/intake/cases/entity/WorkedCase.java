package dk.tegn.intake.cases.entity;

import dk.tegn.i18n.LocalizedText;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ExploitationForm;
import java.util.List;
import java.util.Objects;

/**
 * One worked case of the library.
 *
 * @param course the starter course that tells it, or null for a library-only case
 * @param lesson {@code module/item} of the lesson that tells it, or null
 * @param profile the ILO/EC list the author means; must be the one the form derives from age and
 *     exploitation form
 * @param story the case told in a few sentences, or null when a lesson tells it
 * @param observed catalogue keys of the indicators observed; every other one is unknown
 * @param expected the level the content author expects, written before the rule was run
 * @param reason one line why, in each language
 */
public record WorkedCase(
    String id,
    String course,
    String lesson,
    LocalizedText title,
    AgeCategory age,
    ExploitationForm exploitation,
    Profile profile,
    LocalizedText story,
    List<String> observed,
    ScreeningSignal expected,
    LocalizedText reason) {

  public WorkedCase {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(age);
    Objects.requireNonNull(exploitation);
    Objects.requireNonNull(profile);
    Objects.requireNonNull(expected);
    Objects.requireNonNull(reason);
    observed = List.copyOf(observed);
  }
}
