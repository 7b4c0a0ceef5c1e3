package dk.tegn.web.content;

import dk.tegn.courses.content.control.LessonBlockRenderer;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.catalogue.entity.Dimension;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.Weight;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a lesson's {@code ```indicators} block (courses/PACKAGES.md) from the indicator catalogue
 * the referral form uses: a {@code dimension: KEY} line becomes the dimension's name, description
 * and indicators, an {@code indicator: KEY} line one indicator; each indicator says how strong a
 * sign it is for adults and children. Unknown keys are left out (the starter package tests check
 * every key); a block naming nothing known stays the code block it was written as. Texts are
 * escaped here and the whole lesson is sanitised afterwards.
 */
@ApplicationScoped
public class IndicatorBlockRenderer implements LessonBlockRenderer {

  static final String INFO = "indicators";

  /** Lists named together (bundle key after {@code courses_indicators.}). */
  private record Group(String key, Set<Profile> profiles) {}

  /** Tried in this order; a list no group covers is named on its own. */
  private static final List<Group> GROUPS =
      List.of(
          new Group("adults", EnumSet.of(Profile.ADULT_LABOUR, Profile.ADULT_SEXUAL)),
          new Group("children", EnumSet.of(Profile.CHILD_LABOUR, Profile.CHILD_SEXUAL)),
          new Group("sexual", EnumSet.of(Profile.ADULT_SEXUAL, Profile.CHILD_SEXUAL)),
          new Group("labour", EnumSet.of(Profile.ADULT_LABOUR, Profile.CHILD_LABOUR)));

  private final IndicatorCatalogue catalogue;

  public IndicatorBlockRenderer() {
    this(IndicatorCatalogue.current());
  }

  IndicatorBlockRenderer(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public boolean handles(String info) {
    return INFO.equals(info);
  }

  @Override
  public String renderHtml(String body, String language) {
    String lang = ContentLanguages.isSupported(language) ? language : ContentLanguages.DEFAULT;
    Locale locale = Locale.forLanguageTag(lang);
    StringBuilder html = new StringBuilder();
    List<Indicator> loose = new ArrayList<>();
    for (String line : body.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String key = line.substring(colon + 1).strip();
      if (name.equals("dimension")) {
        catalogue
            .dimension(key)
            .ifPresent(
                d -> {
                  list(html, loose, lang, locale);
                  dimension(html, d, lang, locale);
                });
      } else if (name.equals("indicator")) {
        catalogue.indicator(key).ifPresent(loose::add);
      }
    }
    list(html, loose, lang, locale);
    return html.isEmpty() ? null : "<div class=\"block-indicators\">" + html + "</div>";
  }

  private void dimension(StringBuilder html, Dimension d, String lang, Locale locale) {
    html.append("<h4>").append(escape(d.name(lang))).append("</h4>");
    html.append("<p class=\"block-indicators-description\">")
        .append(escape(d.description(lang)))
        .append("</p>");
    List<Indicator> indicators = new ArrayList<>(d.indicators());
    list(html, indicators, lang, locale);
  }

  /** Writes the indicators as a list and empties it. */
  private void list(StringBuilder html, List<Indicator> indicators, String lang, Locale locale) {
    if (indicators.isEmpty()) {
      return;
    }
    html.append("<ul>");
    for (Indicator i : indicators) {
      html.append("<li>")
          .append(escape(i.text(lang)))
          .append("<span class=\"block-indicators-weight\">")
          .append(escape(weights(i, locale)))
          .append("</span></li>");
    }
    html.append("</ul>");
    indicators.clear();
  }

  /**
   * "Strong sign" when every profile agrees, else e.g. "Strong sign: children; Medium sign: adults"
   * or "Strong sign: in sexual exploitation; Medium sign: in labour".
   */
  static String weights(Indicator indicator, Locale locale) {
    Map<Weight, Set<Profile>> byWeight = new EnumMap<>(Weight.class);
    for (Profile p : Profile.values()) {
      indicator
          .weightFor(p)
          .ifPresent(w -> byWeight.computeIfAbsent(w, k -> EnumSet.noneOf(Profile.class)).add(p));
    }
    if (byWeight.size() == 1
        && byWeight.values().iterator().next().size() == Profile.values().length) {
      return text(locale, "courses_indicators.Weight." + byWeight.keySet().iterator().next());
    }
    List<String> parts = new ArrayList<>();
    byWeight.forEach(
        (weight, profiles) ->
            parts.add(
                text(locale, "courses_indicators.Weight." + weight)
                    + ": "
                    + String.join(", ", who(profiles, locale))));
    return String.join("; ", parts);
  }

  private static List<String> who(Set<Profile> profiles, Locale locale) {
    List<String> who = new ArrayList<>();
    Set<Profile> rest = EnumSet.copyOf(profiles);
    for (Group group : GROUPS) {
      if (rest.containsAll(group.profiles())) {
        who.add(text(locale, "courses_indicators." + group.key()));
        rest.removeAll(group.profiles());
      }
    }
    rest.forEach(p -> who.add(text(locale, "courses_indicators.Profile." + p)));
    return who;
  }

  private static String text(Locale locale, String key) {
    return Messages.get(Messages.COURSES, locale, key);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
