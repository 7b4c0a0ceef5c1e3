package dk.tegn.web.api;

/**
 * A JSON body with a field the API will not guess at: of the wrong type, unknown, or missing where
 * there is no "not given", or a body that is no JSON at all ("body"). Answers 400 naming the field,
 * in the caller's language. Not a WebApplicationException: Jersey answers those with an entity as
 * they are, and this one must reach our mapper.
 */
public class JsonFieldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;

  /**
   * @param field the field's path in the body, e.g. {@code immediateDanger} or {@code
   *     indicators.threats}
   * @param messageKey the key under {@code api.json.} in the platform bundle
   */
  public JsonFieldException(String field, String messageKey) {
    super("JSON field " + field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
