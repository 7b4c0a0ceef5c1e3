package dk.tegn.web.api;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.BadRequestException;
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
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * JSON through JSON-B (Yasson) for every API type; records are how the API's bodies are declared.
 * Jersey orders equally fit writers by {@code @Priority} only, so this one goes first even if
 * another JSON provider is registered: before, Jersey's own JSON-B provider (records as {@code {}})
 * or Jackson (fails on {@code Instant}) won on some starts and not on others.
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

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && !isRaw(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity) {
    try {
      return type.isRecord() ? readRecord(type, entity) : JSONB.fromJson(entity, genericType);
    } catch (JsonbException | JsonException | ClassCastException unreadable) {
      throw new BadRequestException("unreadable JSON", unreadable);
    }
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

  private static Object readRecord(Class<?> type, InputStream entity) {
    JsonObject json;
    try (JsonReader reader = JSON.createReader(entity)) {
      json = reader.readObject();
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      JsonValue value = json.get(component.getName());
      values[i] =
          value == null || value.getValueType() == JsonValue.ValueType.NULL
              ? defaultOf(component.getType())
              : JSONB.fromJson(value.toString(), component.getGenericType());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new BadRequestException("unreadable JSON", e);
    }
  }

  private static Object defaultOf(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    return type == boolean.class
        ? Boolean.FALSE
        : type == long.class ? 0L : type == double.class ? 0.0 : 0;
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
