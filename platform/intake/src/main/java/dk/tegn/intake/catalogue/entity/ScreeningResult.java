package dk.tegn.intake.catalogue.entity;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A screening of one set of answers.
 *
 * @param positiveDimensions keys of the dimensions whose observed indicators meet the rule
 * @param unknown indicators of the profile answered unknown or left unanswered
 * @param signs the observed signs per element of the definition
 */
public record ScreeningResult(
    ScreeningSignal signal,
    Profile profile,
    String catalogueVersion,
    List<String> positiveDimensions,
    int observed,
    int unknown,
    boolean anyStrong,
    Map<Element, Signs> signs)
    implements Serializable {

  public ScreeningResult {
    positiveDimensions = List.copyOf(positiveDimensions);
    signs = java.util.Collections.unmodifiableMap(new EnumMap<>(signs));
  }

  public Signs signsOf(Element element) {
    return signs.getOrDefault(element, Signs.NONE);
  }
}
