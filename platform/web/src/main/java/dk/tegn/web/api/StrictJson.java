package dk.tegn.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Binds a JSON value to a record exactly as declared: a Boolean takes only {@code true} or {@code
 * false}, a number only a JSON number (a whole one in range for integer types), a text only a JSON
 * string, a choice only one of its names; an unknown field is refused and a missing primitive is
 * not defaulted. JSON-B coerces ({@code "yes"} became false, and a referral in immediate danger was
 * routed as normal); this never does. A null or missing field of an object type stays null for Bean
 * Validation to judge.
 */
final class StrictJson {

  private final Jsonb jsonb;

  StrictJson(Jsonb jsonb) {
    this.jsonb = jsonb;
  }

  /** The body as the declared type; throws {@link JsonFieldException} naming a wrong field. */
  Object read(JsonValue json, Type type) {
    if (json.getValueType() == ValueType.NULL) {
      throw new JsonFieldException("body", "required");
    }
    return value(json, type, "");
  }

  private Object value(JsonValue json, Type type, String path) {
    if (json == null || json.getValueType() == ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        throw new JsonFieldException(name(path), "required");
      }
      return null;
    }
    if (type instanceof ParameterizedType generic) {
      return generic(json, generic, path);
    }
    if (!(type instanceof Class<?> c)) {
      throw unsupported(type);
    }
    if (c == String.class) {
      return expect(json, ValueType.STRING, "string", path, JsonString.class).getString();
    }
    if (c == Boolean.class || c == boolean.class) {
      if (json.getValueType() == ValueType.TRUE) {
        return Boolean.TRUE;
      }
      if (json.getValueType() == ValueType.FALSE) {
        return Boolean.FALSE;
      }
      throw new JsonFieldException(name(path), "boolean");
    }
    if (c.isEnum()) {
      return choice(expect(json, ValueType.STRING, "choice", path, JsonString.class), c, path);
    }
    if (isNumber(c)) {
      return number(expect(json, ValueType.NUMBER, "number", path, JsonNumber.class), c, path);
    }
    if (c.isRecord()) {
      return fields(expect(json, ValueType.OBJECT, "object", path, JsonObject.class), c, path);
    }
    if (JsonValue.class.isAssignableFrom(c)) {
      if (!c.isInstance(json)) {
        throw new JsonFieldException(name(path), "object");
      }
      return json;
    }
    if (c.getName().startsWith("java.time.")) {
      // dates and times are ISO texts: JSON-B parses them, but only from a string
      expect(json, ValueType.STRING, "date", path, JsonString.class);
      try {
        return jsonb.fromJson(json.toString(), c);
      } catch (JsonbException | IllegalArgumentException wrong) {
        throw new JsonFieldException(name(path), "date");
      }
    }
    throw unsupported(type);
  }

  /** A body type this binder does not know is a programming error, not the caller's. */
  private static IllegalStateException unsupported(Type type) {
    return new IllegalStateException("no strict JSON binding for " + type.getTypeName());
  }

  private Object generic(JsonValue json, ParameterizedType type, String path) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Map.class.isAssignableFrom(raw)) {
      if (arguments[0] != String.class) {
        throw unsupported(type);
      }
      Map<String, Object> map = new LinkedHashMap<>();
      expect(json, ValueType.OBJECT, "object", path, JsonObject.class)
          .forEach((k, v) -> map.put(k, value(v, element(arguments[1]), path + "." + k)));
      return map;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> items =
          Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      JsonArray array = expect(json, ValueType.ARRAY, "array", path, JsonArray.class);
      for (int i = 0; i < array.size(); i++) {
        items.add(value(array.get(i), element(arguments[0]), path + "[" + i + "]"));
      }
      return items;
    }
    throw unsupported(type);
  }

  private Object fields(JsonObject json, Class<?> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new LinkedHashSet<>();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      known.add(component.getName());
      types[i] = component.getType();
      values[i] =
          value(
              json.get(component.getName()),
              component.getGenericType(),
              path.isEmpty() ? component.getName() : path + "." + component.getName());
    }
    // a misspelt field would otherwise be dropped without a word
    for (String field : json.keySet()) {
      if (!known.contains(field)) {
        throw new JsonFieldException(path.isEmpty() ? field : path + "." + field, "unknown");
      }
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException refused) {
      throw new JsonFieldException(name(path), "unreadable");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type.getName(), e);
    }
  }

  private static Object choice(JsonString json, Class<?> type, String path) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(json.getString())) {
        return constant;
      }
    }
    throw new JsonFieldException(name(path), "choice");
  }

  private static boolean isNumber(Class<?> c) {
    return c == Integer.class
        || c == int.class
        || c == Long.class
        || c == long.class
        || c == Short.class
        || c == short.class
        || c == Double.class
        || c == double.class
        || c == Float.class
        || c == float.class
        || c == BigDecimal.class;
  }

  private static Object number(JsonNumber json, Class<?> c, String path) {
    try {
      if (c == Integer.class || c == int.class) {
        return json.bigDecimalValue().intValueExact();
      }
      if (c == Long.class || c == long.class) {
        return json.bigDecimalValue().longValueExact();
      }
      if (c == Short.class || c == short.class) {
        return json.bigDecimalValue().shortValueExact();
      }
    } catch (ArithmeticException notWholeOrTooLarge) {
      throw new JsonFieldException(name(path), "integer");
    }
    if (c == BigDecimal.class) {
      return json.bigDecimalValue();
    }
    double d = json.doubleValue();
    if (Double.isInfinite(d)) {
      throw new JsonFieldException(name(path), "number");
    }
    return c == Float.class || c == float.class ? (Object) (float) d : (Object) d;
  }

  private static <T extends JsonValue> T expect(
      JsonValue json, ValueType expected, String key, String path, Class<T> type) {
    if (json.getValueType() != expected) {
      throw new JsonFieldException(name(path), key);
    }
    return type.cast(json);
  }

  private static Type element(Type type) {
    return type instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : type;
  }

  /** The body itself has no name; call it "body". */
  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
