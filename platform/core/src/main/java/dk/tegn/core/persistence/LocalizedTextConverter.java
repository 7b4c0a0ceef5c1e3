package dk.tegn.core.persistence;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a {@link LocalizedText} as a JSON object {@code {"da": "...", "en": "..."}} in one TEXT
 * column, so a translatable field is one column, read in one go.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

  @Override
  public String convertToDatabaseColumn(LocalizedText text) {
    if (text == null) {
      return null;
    }
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text.asMap().forEach(json::add);
    return json.build().toString();
  }

  @Override
  public LocalizedText convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return LocalizedText.empty();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(column))) {
      JsonObject json = reader.readObject();
      Map<String, String> texts = new LinkedHashMap<>();
      json.forEach((language, value) -> texts.put(language, ((JsonString) value).getString()));
      return LocalizedText.of(texts);
    }
  }
}
