package dk.tegn.lti.key.boundary;

import dk.tegn.lti.key.control.ToolKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /lti/jwks}: Tegn's public LTI keys (JWK Set), for platforms to check its signatures. */
@WebServlet("/lti/jwks")
public class JwksServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ToolKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    // platforms cache it; a new key is picked up within the hour (they fetch again on an unknown
    // kid)
    response.setHeader("Cache-Control", "public, max-age=3600");
    response
        .getOutputStream()
        .write(keys.publicKeys().toString(true).getBytes(StandardCharsets.UTF_8));
  }
}
