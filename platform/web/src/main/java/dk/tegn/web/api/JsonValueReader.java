package dk.tegn.web.api;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON-P bodies (an answer's {@code JsonObject}) through the same strict reader as records. Jersey
 * prefers a reader declared for the exact type over {@link JsonbProvider}'s {@code Object} one, so
 * without this Parsson's own reader answered {@code null}, {@code []} or an empty body with a 500.
 */
@Provider
@Priority(Priorities.USER - 1000)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonValueReader implements MessageBodyReader<JsonValue> {

  private final JsonbProvider json = new JsonbProvider();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return json.isReadable(type, genericType, annotations, mediaType);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonValue readFrom(
      Class<JsonValue> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity) {
    return (JsonValue)
        json.readFrom((Class) type, genericType, annotations, mediaType, headers, entity);
  }
}
