package dk.tegn.intake.catalogue.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/** One of the six ILO/EC dimensions, with its indicators in catalogue order. */
public record Dimension(
    String key,
    int number,
    Element element,
    LocalizedText name,
    LocalizedText description,
    List<Indicator> indicators) {

  public Dimension {
    Objects.requireNonNull(key);
    Objects.requireNonNull(element);
    indicators = List.copyOf(indicators);
  }

  public List<Indicator> indicatorsFor(Profile profile) {
    return indicators.stream().filter(i -> i.appliesTo(profile)).toList();
  }

  public String name(String language) {
    return name.resolve(language, "da");
  }

  public String description(String language) {
    return description.resolve(language, "da");
  }
}
