package dk.tegn.intake.catalogue.control;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Element;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.catalogue.entity.Weight;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ILO/EC combination rule (2009, as reconstructed in the domain research, section 1.2) used as
 * a screening signal, never as identification.
 *
 * <ul>
 *   <li>A dimension is positive when its observed indicators hold 2 strong, or 1 strong and 1
 *       other, or 3 medium, or 2 medium and 1 weak.
 *   <li>Adults: a positive recruitment dimension, the exploitation dimension, and a positive
 *       dimension at destination suggest possible trafficking.
 *   <li>Children need no means (Palermo Art. 3(c)): a positive exploitation dimension with any
 *       observed recruitment indicator is enough.
 *   <li>Below that, any strong indicator, any positive dimension, or any observed indicator for a
 *       child still means "refer for assessment" (a product rule that errs towards referring).
 * </ul>
 *
 * Only {@link Answer#OBSERVED} counts; unknown is neither yes nor no, so gaps can lower the signal
 * to "not enough information" but never to "not trafficked".
 */
public final class ScreeningRule {

  private ScreeningRule() {}

  public static ScreeningResult screen(
      IndicatorCatalogue catalogue, Profile profile, Map<String, Answer> answers) {
    List<String> positive = new ArrayList<>();
    Set<Element> positiveElements = EnumSet.noneOf(Element.class);
    boolean recruitmentObserved = false;
    boolean anyStrong = false;
    int observed = 0;
    int unknown = 0;
    for (Dimension dimension : catalogue.dimensions()) {
      int strong = 0;
      int medium = 0;
      int weak = 0;
      for (Indicator indicator : dimension.indicatorsFor(profile)) {
        Answer answer = answers.getOrDefault(indicator.key(), Answer.UNKNOWN);
        if (answer == Answer.UNKNOWN) {
          unknown++;
        }
        if (answer != Answer.OBSERVED) {
          continue;
        }
        observed++;
        Weight weight = indicator.weightFor(profile).orElseThrow();
        switch (weight) {
          case STRONG -> strong++;
          case MEDIUM -> medium++;
          case WEAK -> weak++;
        }
      }
      anyStrong |= strong > 0;
      if (dimension.element() == Element.RECRUITMENT && strong + medium + weak > 0) {
        recruitmentObserved = true;
      }
      if (dimensionPositive(strong, medium, weak)) {
        positive.add(dimension.key());
        positiveElements.add(dimension.element());
      }
    }
    boolean suggests =
        profile.isChild()
            ? positiveElements.contains(Element.EXPLOITATION) && recruitmentObserved
            : positiveElements.containsAll(EnumSet.allOf(Element.class));
    ScreeningSignal signal;
    if (suggests) {
      signal = ScreeningSignal.INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING;
    } else if (anyStrong || !positive.isEmpty() || (profile.isChild() && observed > 0)) {
      signal = ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT;
    } else {
      signal = ScreeningSignal.NOT_ENOUGH_INFORMATION;
    }
    return new ScreeningResult(
        signal, profile, catalogue.version(), positive, observed, unknown, anyStrong);
  }

  static boolean dimensionPositive(int strong, int medium, int weak) {
    return strong >= 2
        || (strong >= 1 && medium + weak >= 1)
        || medium >= 3
        || (medium >= 2 && weak >= 1);
  }
}
