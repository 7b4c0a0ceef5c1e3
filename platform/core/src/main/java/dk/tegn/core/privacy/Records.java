package dk.tegn.core.privacy;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns a module's native query into the JSON records of an export: one object per row, members
 * named as the columns. DATETIME columns hold UTC, so they are written as instants ("…Z").
 */
public final class Records {

  private Records() {}

  /**
   * @param sql a SELECT of exactly {@code names.size()} columns with positional parameters
   */
  public static JsonArray of(EntityManager em, String sql, List<String> names, Object... params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (Object result : query.getResultList()) {
      Object[] row = names.size() == 1 ? new Object[] {result} : (Object[]) result;
      JsonObjectBuilder record = JSON.createObjectBuilder();
      for (int i = 0; i < names.size(); i++) {
        add(record, names.get(i), row[i]);
      }
      rows.add(record);
    }
    return rows.build();
  }

  /**
   * The SQL expression for a translated text column (JSON of language to text) in the person's
   * language, falling back to Danish and then English.
   *
   * @param language "da" or "en" only (it is written into the SQL)
   */
  public static String translated(String column, String language) {
    String lang = "en".equals(language) ? "en" : "da";
    return "COALESCE(JSON_UNQUOTE(JSON_EXTRACT("
        + column
        + ", '$."
        + lang
        + "')), JSON_UNQUOTE(JSON_EXTRACT("
        + column
        + ", '$.da')), JSON_UNQUOTE(JSON_EXTRACT("
        + column
        + ", '$.en')))";
  }

  static void add(JsonObjectBuilder record, String name, Object value) {
    if (value == null) {
      record.addNull(name);
    } else if (value instanceof Boolean b) {
      record.add(name, b);
    } else if (value instanceof BigDecimal d) {
      record.add(name, d);
    } else if (value instanceof BigInteger n) {
      record.add(name, n);
    } else if (value instanceof Double || value instanceof Float) {
      record.add(name, ((Number) value).doubleValue());
    } else if (value instanceof Number n) {
      record.add(name, n.longValue());
    } else if (value instanceof Timestamp t) {
      record.add(name, t.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
    } else if (value instanceof LocalDateTime t) {
      record.add(name, t.toInstant(ZoneOffset.UTC).toString());
    } else if (value instanceof java.sql.Date d) {
      record.add(name, d.toLocalDate().toString());
    } else if (value instanceof LocalDate d) {
      record.add(name, d.toString());
    } else {
      record.add(name, String.valueOf(value));
    }
  }
}
