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
    // Only our JsonbProvider writes JSON. Jersey registers the auto-discovered JSON feature this
    // property names (MOXy writes a record as {}, Jackson fails on Instant, Jersey's JSON-B one
    // would not use our configuration): naming ours leaves none of them. JSON-P stays on for the
    // resources that answer JsonValue.
    return Map.of("jersey.config.jsonFeature", JsonbProvider.class.getSimpleName());
  }
}
