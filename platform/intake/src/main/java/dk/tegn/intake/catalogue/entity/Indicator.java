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
 */
public record Indicator(
    String key,
    String dimensionKey,
    LocalizedText text,
    Map<Profile, Weight> weights,
    Set<ContextTag> contexts) {

  public Indicator {
    Objects.requireNonNull(key);
    Objects.requireNonNull(dimensionKey);
    Objects.requireNonNull(text);
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("indicator " + key + " has no weight");
    }
    weights = Map.copyOf(new EnumMap<>(weights));
    contexts = Set.copyOf(contexts);
  }

  public Optional<Weight> weightFor(Profile profile) {
    return Optional.ofNullable(weights.get(profile));
  }

  public boolean appliesTo(Profile profile) {
    return weights.containsKey(profile);
  }

  public String text(String language) {
    return text.resolve(language, "da");
  }
}
