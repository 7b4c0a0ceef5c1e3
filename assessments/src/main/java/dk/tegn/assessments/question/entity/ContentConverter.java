package dk.tegn.assessments.question.entity;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/** Stores question content as the same JSON the bank files use. */
@Converter
public class ContentConverter implements AttributeConverter<Content, String> {

  @Override
  public String convertToDatabaseColumn(Content content) {
    return content == null ? null : ContentJson.write(content).toString();
  }

  @Override
  public Content convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(column))) {
      return ContentJson.read(reader.readObject());
    }
  }
}
