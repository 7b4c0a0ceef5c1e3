package dk.tegn.web.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean validation of resource parameters: Jersey's own mapper would answer with an HTML page; this
 * more specific one answers 400 JSON naming each field.
 */
@Provider
public class ValidationExceptionMapper extends JsonErrorAnswers
    implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException thrown) {
    return answer(thrown);
  }
}
