package dk.tegn.intake.catalogue.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the indicator catalogue, read from a JSON resource of this jar. Immutable, so one
 * instance serves every request. The referral form and the courses read the same instance; a
 * referral stores {@link #version()} so an answer can always be read against the list it answered.
 */
public final class IndicatorCatalogue {

  /** The catalogue new referrals use. */
  public static final String CURRENT_RESOURCE = "dk/tegn/intake/catalogue/indicators-v3.json";

  /** Earlier versions, kept so a referral is always read against the list it answered. */
  private static final List<String> EARLIER =
      List.of(
          "dk/tegn/intake/catalogue/indicators-v2.json",
          "dk/tegn/intake/catalogue/indicators-v1.json");

  private static final IndicatorCatalogue CURRENT = load(CURRENT_RESOURCE);

  private static final Map<String, IndicatorCatalogue> BY_VERSION = byVersion();

  private final String version;
  private final LocalizedText weighting;
  private final List<Dimension> dimensions;
  private final Map<String, Indicator> indicators;

  private IndicatorCatalogue(String version, LocalizedText weighting, List<Dimension> dimensions) {
    this.version = version;
    this.weighting = weighting;
    this.dimensions = List.copyOf(dimensions);
    Map<String, Indicator> byKey = new LinkedHashMap<>();
    for (Dimension d : dimensions) {
      for (Indicator i : d.indicators()) {
        if (byKey.put(i.key(), i) != null) {
          throw new IllegalArgumentException("indicator key used twice: " + i.key());
        }
      }
    }
    this.indicators = byKey;
  }

  public static IndicatorCatalogue current() {
    return CURRENT;
  }

  /** The catalogue a referral was screened with, or the current one for an unknown version. */
  public static IndicatorCatalogue version(String version) {
    return BY_VERSION.getOrDefault(version, CURRENT);
  }

  private static Map<String, IndicatorCatalogue> byVersion() {
    Map<String, IndicatorCatalogue> all = new LinkedHashMap<>();
    all.put(CURRENT.version(), CURRENT);
    EARLIER.stream().map(IndicatorCatalogue::load).forEach(c -> all.putIfAbsent(c.version(), c));
    return Map.copyOf(all);
  }

  public static IndicatorCatalogue load(String resource) {
    try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no catalogue at " + resource);
      }
      try (JsonReader reader = JSON.createReader(in)) {
        return fromJson(reader.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndicatorCatalogue fromJson(JsonObject json) {
    List<Dimension> dimensions = new ArrayList<>();
    for (JsonValue value : json.getJsonArray("dimensions")) {
      JsonObject d = value.asJsonObject();
      String dimensionKey = d.getString("key");
      List<Indicator> indicators = new ArrayList<>();
      for (JsonValue iv : d.getJsonArray("indicators")) {
        JsonObject i = iv.asJsonObject();
        Map<Profile, Weight> weights = new EnumMap<>(Profile.class);
        i.getJsonObject("weights")
            .forEach((p, w) -> weights.put(Profile.valueOf(p), Weight.valueOf(string(w))));
        Map<Profile, LocalizedText> reasons = new EnumMap<>(Profile.class);
        JsonObject weightReasons = i.getJsonObject("weightReasons");
        if (weightReasons != null) {
          weightReasons.forEach(
              (p, r) ->
                  reasons.put(
                      Profile.valueOf(p),
                      translated(r.asJsonObject(), i.getString("key") + " " + p)));
        }
        Set<ContextTag> contexts = EnumSet.noneOf(ContextTag.class);
        i.getJsonArray("contexts").forEach(c -> contexts.add(ContextTag.valueOf(string(c))));
        indicators.add(
            new Indicator(
                i.getString("key"),
                dimensionKey,
                translated(i.getJsonObject("text"), i.getString("key")),
                weights,
                reasons,
                contexts,
                i.getString("basis", "ilo-ec-2009")));
      }
      dimensions.add(
          new Dimension(
              dimensionKey,
              d.getInt("number"),
              Element.valueOf(d.getString("element")),
              translated(d.getJsonObject("name"), dimensionKey),
              translated(d.getJsonObject("description"), dimensionKey),
              indicators));
    }
    JsonObject weighting = json.getJsonObject("weighting");
    return new IndicatorCatalogue(
        json.getString("version"),
        weighting == null ? null : translated(weighting, "weighting"),
        dimensions);
  }

  /** Every shipped language must be present: the checklist is shown in all of them. */
  private static LocalizedText translated(JsonObject texts, String owner) {
    Map<String, String> map = new LinkedHashMap<>();
    texts.forEach((language, text) -> map.put(language, string(text)));
    LocalizedText result = LocalizedText.of(map);
    List<String> missing = result.missing(ContentLanguages.SUPPORTED);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(owner + " lacks a text in " + missing);
    }
    return result;
  }

  private static String string(JsonValue value) {
    return ((JsonString) value).getString();
  }

  public String version() {
    return version;
  }

  /**
   * What the weights rest on, in the language: Tegn's own weighting, not the ILO's. Empty for a
   * catalogue that does not say.
   */
  public Optional<String> weighting(String language) {
    return Optional.ofNullable(weighting).map(w -> w.resolve(language, "da"));
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public Optional<Dimension> dimension(String key) {
    return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /** Indicators of one dimension, in catalogue order; empty for an unknown dimension. */
  public List<Indicator> indicatorsOf(String dimensionKey) {
    return dimension(dimensionKey).map(Dimension::indicators).orElse(List.of());
  }

  public Optional<Indicator> indicator(String key) {
    return Optional.ofNullable(indicators.get(key));
  }

  public List<Indicator> indicators() {
    return List.copyOf(indicators.values());
  }

  /** The checklist for one profile: indicators that carry a weight in it. */
  public List<Indicator> indicatorsFor(Profile profile) {
    return indicators.values().stream().filter(i -> i.appliesTo(profile)).toList();
  }

  /** The indicator's text in the language, falling back as translated content does. */
  public Optional<String> text(String indicatorKey, String language) {
    return indicator(indicatorKey).map(i -> i.text(language));
  }
}
