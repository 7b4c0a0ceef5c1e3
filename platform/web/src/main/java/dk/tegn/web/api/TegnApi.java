package dk.tegn.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API; resources of every module jar are discovered. HTTP Basic or a signed-in session.
 */
@ApplicationPath("api")
public class TegnApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Only our JsonbProvider writes JSON: MOXy and Jersey's own JSON-B provider both write a record
    // as {}, and with either registered beside ours Jersey's pick between equals varied per start.
    // JSON-P stays on for the resources that answer JsonValue.
    return Map.of(
        "jersey.config.disableMoxyJson", true,
        "jersey.config.disableJsonBinding", true);
  }
}
