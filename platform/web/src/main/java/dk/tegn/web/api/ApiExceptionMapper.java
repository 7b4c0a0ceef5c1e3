package dk.tegn.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of the API becomes a JSON answer with the right status; nothing of a stack trace or
 * of the data reaches the caller. Unexpected failures are logged under an incident id only.
 */
@Provider
public class ApiExceptionMapper extends JsonErrorAnswers implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable thrown) {
    return answer(thrown);
  }
}
