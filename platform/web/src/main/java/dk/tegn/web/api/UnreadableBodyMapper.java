package dk.tegn.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that cannot be read (malformed JSON): 400 as JSON instead of Jersey's HTML page. */
@Provider
public class UnreadableBodyMapper extends JsonErrorAnswers
    implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException thrown) {
    return answer(new BadRequestException(thrown));
  }
}
