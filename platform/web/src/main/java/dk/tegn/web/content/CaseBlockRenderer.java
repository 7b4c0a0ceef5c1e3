package dk.tegn.web.content;

import dk.tegn.courses.content.control.LessonBlockRenderer;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.cases.control.CaseLibrary;
import dk.tegn.intake.cases.entity.WorkedCase;
import dk.tegn.intake.catalogue.entity.Element;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.catalogue.entity.Signs;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Draws a lesson's {@code ```case} block (courses/PACKAGES.md): each {@code case: ID} line becomes
 * the level the referral form's screening computes for that library case, the signs it found per
 * element and the case author's reason, so a lesson never types a level the form could contradict.
 * An unknown id is left out (the case library test checks every id of the starter lessons).
 */
@ApplicationScoped
public class CaseBlockRenderer implements LessonBlockRenderer {

  static final String INFO = "case";

  /** One library serves every lesson: it is immutable data of the intake jar. */
  private final CaseLibrary library = CaseLibrary.get();

  @Override
  public boolean handles(String info) {
    return INFO.equals(info);
  }

  @Override
  public String renderHtml(String body, String language) {
    String lang = ContentLanguages.isSupported(language) ? language : ContentLanguages.DEFAULT;
    Locale locale = Locale.forLanguageTag(lang);
    StringBuilder html = new StringBuilder();
    for (String line : body.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon < 0 || !line.substring(0, colon).strip().equals("case")) {
        continue;
      }
      library.find(line.substring(colon + 1).strip()).ifPresent(c -> render(html, c, lang, locale));
    }
    return html.isEmpty() ? null : html.toString();
  }

  private static void render(StringBuilder html, WorkedCase c, String lang, Locale locale) {
    ScreeningResult result = CaseLibrary.screen(c);
    html.append("<div class=\"block-case\"><p class=\"block-case-signal\">")
        .append(escape(text(locale, "courses_cases.signal")))
        .append(" <strong>")
        .append(escape(intake(locale, "ScreeningSignal." + result.signal())))
        .append("</strong></p><ul>");
    for (Element e : Element.values()) {
      Signs s = result.signsOf(e);
      html.append("<li>")
          .append(escape(text(locale, "courses_cases.Element." + e)))
          .append(": ")
          .append(
              escape(
                  s.any()
                      ? Messages.get(
                          Messages.COURSES,
                          locale,
                          "courses_cases.signs",
                          s.strong(),
                          s.medium(),
                          s.weak())
                      : text(locale, "courses_cases.noSigns")))
          .append("</li>");
    }
    html.append("</ul><p class=\"block-case-reason\">")
        .append(escape(c.reason().resolve(lang, ContentLanguages.DEFAULT)))
        .append("</p><p class=\"block-case-note\">")
        .append(
            escape(
                IndicatorCatalogue.current().weighting(lang).orElse("")
                    + " "
                    + text(locale, "courses_cases.ifInDoubt")))
        .append("</p></div>");
  }

  private static String text(Locale locale, String key) {
    return Messages.get(Messages.COURSES, locale, key);
  }

  private static String intake(Locale locale, String key) {
    return Messages.get(Messages.INTAKE, locale, key);
  }

  private static String escape(String text) {
    return IndicatorBlockRenderer.escape(text);
  }
}
