package dk.tegn.web.api;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * JSON for every API type; records are how the API's bodies are declared. Bodies are read strictly
 * ({@link StrictJson}: a field of the wrong type answers 400 naming it); answers are written
 * through JSON-B (Yasson). Jersey orders equally fit writers by {@code @Priority} only, so this one
 * goes first even if another JSON provider is registered: before, Jersey's own JSON-B provider
 * (records as {@code {}}) or Jackson (fails on {@code Instant}) won on some starts and not on
 * others.
 */
@Provider
@Priority(Priorities.USER - 1000)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JsonbProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyVisibilityStrategy(
                  new PropertyVisibilityStrategy() {
                    @Override
                    public boolean isVisible(Field field) {
                      return !Modifier.isStatic(field.getModifiers());
                    }

                    @Override
                    public boolean isVisible(Method method) {
                      return false;
                    }
                  }));

  private static final StrictJson STRICT = new StrictJson(JSONB);

  /** Every JSON body, JSON-P values included, so one reader decides what is acceptable. */
  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && (JsonValue.class.isAssignableFrom(type) || !isRaw(type));
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity) {
    JsonValue json;
    try (JsonReader reader = JSON.createReader(entity)) {
      json = reader.readValue();
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException unreadable) {
      throw new JsonFieldException("body", "malformed");
    }
    return STRICT.read(json, genericType);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && !isRaw(type);
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream entity)
      throws WebApplicationException {
    JSONB.toJson(value, entity);
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || mediaType.getSubtype().endsWith("+json"));
  }

  /** Strings, bytes and JSON-P values are written as they are by Jersey's own providers. */
  private static boolean isRaw(Class<?> type) {
    return type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || jakarta.json.JsonValue.class.isAssignableFrom(type);
  }
}
