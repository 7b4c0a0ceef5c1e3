package dk.tegn.intake.catalogue.control;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Element;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.catalogue.entity.Signs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tegn's screening rule: a signal for the referrer, never an identification. It builds on the
 * ILO/EC combination rule (2009, known only from a secondary reconstruction, domain research 1.2)
 * and is calibrated on the case library (dk/tegn/intake/cases), so it is Tegn's own rule.
 *
 * <p>The signs are read in two parts, after the Palermo Protocol: the <b>exploitation</b> (the
 * purpose, ILO/EC dimension 4) and the <b>means</b> (how the person was recruited or is held,
 * dimensions 1-3 and 5-6 together). A part has <i>clear signs</i> when its observed signs hold two
 * strong, one strong and one other, or two medium.
 *
 * <ul>
 *   <li><b>Indicators suggest possible trafficking</b>: an adult with clear signs of means and at
 *       least one sign of exploitation; a child (no means needed, Palermo Art. 3(c)) with clear
 *       signs of exploitation, or with a sign of exploitation and clear signs of means.
 *   <li><b>Some indicators: refer for assessment</b>: any strong sign; a part that meets the ILO/EC
 *       combination (two strong, one strong and one other, three medium, or two medium and one
 *       weak); any sign at all for a child.
 *   <li>Otherwise <b>not enough information yet: refer if in doubt</b>.
 * </ul>
 *
 * Why it differs from the ILO/EC rule: that rule classifies survey interviews that asked about
 * every indicator, and needs a positive recruitment dimension. A referrer records what came up in
 * one short meeting and seldom sees the recruitment; harbouring and receiving a person are acts
 * under the Palermo definition too. So Tegn pools the means dimensions, counts two medium signs as
 * clear, and does not wait for signs of recruitment. Only {@link Answer#OBSERVED} counts; unknown
 * is neither yes nor no, so gaps can lower the signal but never to "not trafficked".
 */
public final class ScreeningRule {

  private ScreeningRule() {}

  public static ScreeningResult screen(
      IndicatorCatalogue catalogue, Profile profile, Map<String, Answer> answers) {
    List<String> positive = new ArrayList<>();
    Map<Element, Signs> byElement = new EnumMap<>(Element.class);
    for (Element e : Element.values()) {
      byElement.put(e, Signs.NONE);
    }
    int observed = 0;
    int unknown = 0;
    for (Dimension dimension : catalogue.dimensions()) {
      Signs signs = Signs.NONE;
      for (Indicator indicator : dimension.indicatorsFor(profile)) {
        Answer answer = answers.getOrDefault(indicator.key(), Answer.UNKNOWN);
        if (answer == Answer.UNKNOWN) {
          unknown++;
        }
        if (answer == Answer.OBSERVED) {
          observed++;
          signs = signs.plus(indicator.weightFor(profile).orElseThrow());
        }
      }
      if (signs.meetsIloCombination()) {
        positive.add(dimension.key());
      }
      byElement.merge(dimension.element(), signs, Signs::plus);
    }
    Signs exploitation = byElement.get(Element.EXPLOITATION);
    Signs means =
        byElement.get(Element.RECRUITMENT).plus(byElement.get(Element.COERCION_AT_DESTINATION));
    boolean anyStrong = exploitation.strong() + means.strong() > 0;
    boolean suggests =
        profile.isChild()
            ? exploitation.clear() || (exploitation.any() && means.clear())
            : exploitation.any() && means.clear();
    ScreeningSignal signal;
    if (suggests) {
      signal = ScreeningSignal.INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING;
    } else if (anyStrong
        || exploitation.meetsIloCombination()
        || means.meetsIloCombination()
        || (profile.isChild() && observed > 0)) {
      signal = ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT;
    } else {
      signal = ScreeningSignal.NOT_ENOUGH_INFORMATION;
    }
    return new ScreeningResult(
        signal, profile, catalogue.version(), positive, observed, unknown, anyStrong, byElement);
  }
}
