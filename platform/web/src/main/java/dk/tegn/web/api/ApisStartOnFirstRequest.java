package dk.tegn.web.api;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tegn's REST application and Payara's OpenAPI document start at their first request instead of
 * with the application. Jersey registers both with load-on-startup, so every start built their
 * resource models on the deployment's one thread before the first page could be served, although
 * neither the sign-in page nor the readiness check needs them (ops/BENCHMARKS.md §8, session 12).
 * The first call of each waits for that instead (a few tenths of a second, once).
 *
 * <p>Servlet initializers (Jersey's, Payara's) run before listeners and the load-on-startup
 * servlets are loaded after them, so this is the one moment a registration can still be changed. A
 * registration not found or not changeable is left as it is: the application then starts them
 * eagerly, as before.
 */
@WebListener
public class ApisStartOnFirstRequest implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ApisStartOnFirstRequest.class.getName());

  /**
   * The servlets' names: Jersey names an application's servlet after its class; Payara's OpenAPI
   * initializer (fish.payara.microprofile.openapi) names its own so.
   */
  static final List<String> SERVLETS =
      List.of(TegnApi.class.getName(), "microprofile-openapi-servlet");

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    for (String name : SERVLETS) {
      if (context.getServletRegistration(name) instanceof ServletRegistration.Dynamic servlet) {
        // negative: loaded when first asked for (Servlet specification, load-on-startup)
        servlet.setLoadOnStartup(-1);
      } else {
        LOG.info(() -> name + " is not registered for a lazy start; it starts with Tegn");
      }
    }
  }
}
