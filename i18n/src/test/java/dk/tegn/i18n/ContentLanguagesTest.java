package dk.tegn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContentLanguagesTest {

  @Test
  void untranslatedTextFallsBackToOrganisationDefaultThenDanishThenEnglish() {
    LocalizedText onlyEnglish = LocalizedText.of("en", "Signs");
    assertEquals("Signs", onlyEnglish.resolve("da", "da"));
    LocalizedText both = LocalizedText.of("en", "Signs").with("da", "Tegn");
    assertEquals("Tegn", both.resolve("de", null), "unknown language falls back to Danish");
    assertEquals("Signs", both.resolve("en", "da"));
    LocalizedText germanDefault = both.with("de", "Zeichen");
    assertEquals("Zeichen", germanDefault.resolve("fr", "de"));
  }

  @Test
  void missingListsLanguagesStillToTranslate() {
    LocalizedText text = LocalizedText.of("da", "Tegn");
    assertEquals(List.of("en"), text.missing(ContentLanguages.SUPPORTED));
    assertEquals(List.of(), text.with("en", "Signs").missing(ContentLanguages.SUPPORTED));
  }

  @Test
  void blankTextRemovesTheLanguage() {
    assertEquals(List.of("da"), LocalizedText.of("da", "x").with("da", " ").missing(List.of("da")));
  }

  @Test
  void uiLocaleIsAccountPreferenceThenBrowserThenOrganisation() {
    List<Locale> browser = List.of(Locale.GERMAN, Locale.ENGLISH);
    assertEquals("da", ContentLanguages.resolveUiLocale("da", browser, "en").getLanguage());
    assertEquals("en", ContentLanguages.resolveUiLocale(null, browser, "da").getLanguage());
    assertEquals(
        "da", ContentLanguages.resolveUiLocale(null, List.of(Locale.GERMAN), "da").getLanguage());
    assertEquals("da", ContentLanguages.resolveUiLocale("fr", List.of(), null).getLanguage());
  }
}
