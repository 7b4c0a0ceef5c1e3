package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads JSON and remembers the line each object starts on, so an error in a hand-written bank file
 * can say "line 42". JSON-P's tree reader forgets locations; its streaming parser has them.
 */
final class LocatedJson {

  private final Map<JsonObject, Long> lines = new IdentityHashMap<>();
  private final JsonValue root;

  /**
   * @throws jakarta.json.stream.JsonParsingException for malformed JSON, with its location
   */
  LocatedJson(String text) {
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      root = value(parser, parser.next());
    }
  }

  JsonValue root() {
    return root;
  }

  /** The line an object of the file starts on; null for one it did not come from. */
  Long line(JsonObject object) {
    return lines.get(object);
  }

  private JsonValue value(JsonParser parser, JsonParser.Event event) {
    switch (event) {
      case START_OBJECT -> {
        long line = parser.getLocation().getLineNumber();
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        for (JsonParser.Event e = parser.next();
            e != JsonParser.Event.END_OBJECT;
            e = parser.next()) {
          String key = parser.getString();
          builder.add(key, value(parser, parser.next()));
        }
        JsonObject object = builder.build();
        lines.put(object, line);
        return object;
      }
      case START_ARRAY -> {
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        for (JsonParser.Event e = parser.next();
            e != JsonParser.Event.END_ARRAY;
            e = parser.next()) {
          builder.add(value(parser, e));
        }
        return builder.build();
      }
      case VALUE_STRING -> {
        return JSON.createValue(parser.getString());
      }
      case VALUE_NUMBER -> {
        return JSON.createValue(parser.getBigDecimal());
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw new IllegalStateException("unexpected " + event);
    }
  }
}
