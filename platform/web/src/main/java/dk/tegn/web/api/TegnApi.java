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
    // JSON-B (Yasson) rather than Payara's default MOXy, which does not see records' components
    return Map.of("jersey.config.jsonFeature", "JsonBindingFeature");
  }
}
