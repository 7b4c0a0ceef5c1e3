package dk.tegn.intake.catalogue.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A screening of one set of answers.
 *
 * @param positiveDimensions keys of the dimensions whose observed indicators meet the rule
 * @param unknown indicators of the profile answered unknown or left unanswered
 */
public record ScreeningResult(
    ScreeningSignal signal,
    Profile profile,
    String catalogueVersion,
    List<String> positiveDimensions,
    int observed,
    int unknown,
    boolean anyStrong)
    implements Serializable {

  public ScreeningResult {
    positiveDimensions = List.copyOf(positiveDimensions);
  }
}
