package dk.tegn.intake.catalogue.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One sign, weighted per profile. A profile without a weight does not list the indicator (for
 * example "cannot refuse clients" belongs to the sexual-exploitation lists only).
 *
 * @param weightReasons why a list weighs the sign otherwise than the list it is weighed against
 *     ({@link Profile#weighedAgainst()}), or lists it when that list does not; Tegn's own reasons
 * @param basis where the sign comes from: {@code ilo-ec-2009} (the ILO/EC lists as a secondary
 *     source gives them), {@code unodc} (the UNODC leaflet) or {@code tegn} (Tegn's own addition);
 *     every grade is Tegn's own weighting until checked against the ILO/EC brochure
 */
public record Indicator(
    String key,
    String dimensionKey,
    LocalizedText text,
    Map<Profile, Weight> weights,
    Map<Profile, LocalizedText> weightReasons,
    Set<ContextTag> contexts,
    String basis) {

  /** The basis of a sign Tegn added itself, not found in the ILO/EC or UNODC lists. */
  public static final String TEGN = "tegn";

  public Indicator {
    Objects.requireNonNull(key);
    Objects.requireNonNull(dimensionKey);
    Objects.requireNonNull(text);
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("indicator " + key + " has no weight");
    }
    weights = Map.copyOf(new EnumMap<>(weights));
    for (Profile p : weightReasons.keySet()) {
      if (p.weighedAgainst().isEmpty()) {
        throw new IllegalArgumentException(key + ": " + p + " is the list the others differ from");
      }
    }
    weightReasons = Map.copyOf(weightReasons);
    contexts = Set.copyOf(contexts);
    Objects.requireNonNull(basis);
  }

  public Optional<Weight> weightFor(Profile profile) {
    return Optional.ofNullable(weights.get(profile));
  }

  /**
   * Whether the profile weighs this sign otherwise than the list it is weighed against, or lists it
   * when that list does not (or the reverse). Never for the adult labour list itself.
   */
  public boolean differsInWeight(Profile profile) {
    return profile
        .weighedAgainst()
        .map(against -> !weightFor(profile).equals(weightFor(against)))
        .orElse(false);
  }

  /** Why the profile weighs the sign as it does, where it {@link #differsInWeight differs}. */
  public Optional<String> weightReason(Profile profile, String language) {
    return Optional.ofNullable(weightReasons.get(profile)).map(r -> r.resolve(language, "da"));
  }

  public boolean appliesTo(Profile profile) {
    return weights.containsKey(profile);
  }

  public String text(String language) {
    return text.resolve(language, "da");
  }
}
