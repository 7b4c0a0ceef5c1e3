package dk.tegn.web.apidocs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the page finds Swagger UI: the webjar's folder carries its version, read from the webjar
 * itself so that a version bump in the pom needs no change here.
 */
@Named
@ApplicationScoped
public class ApiDocsBacking {

  /** Payara serves the document at the server's root, whatever Tegn's context path. */
  static final String DOCUMENT = "/openapi";

  private final String swaggerUi = "/webjars/swagger-ui/" + webjarVersion();

  private static String webjarVersion() {
    try (InputStream in =
        ApiDocsBacking.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is missing from the WAR");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getSwaggerUi() {
    return swaggerUi;
  }

  public String getDocument() {
    return DOCUMENT;
  }
}
