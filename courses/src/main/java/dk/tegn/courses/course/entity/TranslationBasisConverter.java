package dk.tegn.courses.course.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Stores a course's translation basis (text id to source fingerprint) as one JSON object. */
@Converter
public class TranslationBasisConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> basis) {
    if (basis == null || basis.isEmpty()) {
      return null;
    }
    JsonObjectBuilder json = JSON.createObjectBuilder();
    new TreeMap<>(basis).forEach(json::add);
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    Map<String, String> basis = new TreeMap<>();
    if (column == null || column.isBlank()) {
      return basis;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(column))) {
      JsonObject json = reader.readObject();
      json.forEach((id, fingerprint) -> basis.put(id, ((JsonString) fingerprint).getString()));
    }
    return basis;
  }
}
