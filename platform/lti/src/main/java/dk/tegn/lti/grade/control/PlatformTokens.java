package dk.tegn.lti.grade.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.lti.key.control.ToolKeys;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's services (LTI Advantage security: OAuth 2 client credentials with
 * a JWT client assertion that Tegn signs with its LTI key, RFC 7523). Kept until shortly before
 * they expire.
 */
@ApplicationScoped
public class PlatformTokens {

  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private record Token(String value, Instant until) {}

  @Inject ToolKeys keys;

  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A token for {@code scope}; throws IOException when the platform does not give one. */
  public String token(LtiPlatform platform, String scope) throws IOException, InterruptedException {
    String cacheKey = platform.getId() + " " + scope;
    Token cached = tokens.get(cacheKey);
    Instant now = Instant.now();
    if (cached != null && now.isBefore(cached.until())) {
      return cached.value();
    }
    String assertion =
        keys.sign(
            new JWTClaimsSet.Builder()
                .issuer(platform.getClientId())
                .subject(platform.getClientId())
                .audience(platform.getTokenUrl())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(RandomCodes.urlSafe(16))
                .build());
    String form =
        "grant_type=client_credentials"
            + "&client_assertion_type="
            + encode(ASSERTION_TYPE)
            + "&client_assertion="
            + encode(assertion)
            + "&scope="
            + encode(scope);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(platform.getTokenUrl()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    try {
      Map<String, Object> json = JSONObjectUtils.parse(response.body());
      String value = JSONObjectUtils.getString(json, "access_token");
      if (value == null) {
        throw new IOException("token endpoint gave no access_token");
      }
      Number expiresIn = json.get("expires_in") instanceof Number n ? n : 3600;
      tokens.put(
          cacheKey, new Token(value, now.plusSeconds(Math.max(0, expiresIn.longValue() - 60))));
      return value;
    } catch (ParseException e) {
      throw new IOException("token endpoint answered no JSON", e);
    }
  }

  /** Forgets a token the platform refused, so the next try asks for a new one. */
  public void forget(LtiPlatform platform, String scope) {
    tokens.remove(platform.getId() + " " + scope);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
