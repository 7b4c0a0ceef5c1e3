package dk.tegn.web.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real LTI 1.3 platform in the test JVM (JDK HttpServer, every token signed and checked with
 * Nimbus): it serves its JWKS, starts third-party logins, answers Tegn's authentication requests
 * with signed id_tokens posted back by the browser, issues access tokens to Tegn's signed client
 * assertions (checked against Tegn's published JWKS), keeps a grade book of the scores Tegn posts
 * and receives Deep Linking responses (checked the same way). Nothing of Tegn's code is used.
 */
final class TestPlatform implements AutoCloseable {

  static final String CLIENT_ID = "tegn-client";
  static final String DEPLOYMENT = "dep-1";

  /** What the next launch for a login hint carries, and how it may be spoiled on purpose. */
  record Plan(
      String messageType,
      String subject,
      String name,
      String resourceLinkId,
      Map<String, Object> custom,
      String lineitemPath,
      String deploymentId,
      String audience,
      boolean expired,
      boolean forged) {

    static Plan launch(String subject, String linkId, Map<String, Object> custom, String lineitem) {
      return new Plan(
          "LtiResourceLinkRequest",
          subject,
          "Cadet 42",
          linkId,
          custom,
          lineitem,
          DEPLOYMENT,
          CLIENT_ID,
          false,
          false);
    }

    static Plan deepLinking(String subject) {
      return new Plan(
          "LtiDeepLinkingRequest",
          subject,
          "Teacher",
          null,
          null,
          null,
          DEPLOYMENT,
          CLIENT_ID,
          false,
          false);
    }

    Plan withDeployment(String id) {
      return new Plan(
          messageType,
          subject,
          name,
          resourceLinkId,
          custom,
          lineitemPath,
          id,
          audience,
          expired,
          forged);
    }

    Plan withAudience(String aud) {
      return new Plan(
          messageType,
          subject,
          name,
          resourceLinkId,
          custom,
          lineitemPath,
          deploymentId,
          aud,
          expired,
          forged);
    }

    Plan expiredToken() {
      return new Plan(
          messageType,
          subject,
          name,
          resourceLinkId,
          custom,
          lineitemPath,
          deploymentId,
          audience,
          true,
          forged);
    }

    Plan forgedToken() {
      return new Plan(
          messageType,
          subject,
          name,
          resourceLinkId,
          custom,
          lineitemPath,
          deploymentId,
          audience,
          expired,
          true);
    }
  }

  /** A score as the grade book received it, with the line item it was posted to. */
  record ReceivedScore(String lineitemPath, Map<String, Object> body) {}

  private final HttpServer server;
  private final String issuer;
  private final String toolBase;
  private final RSAKey key;
  private final RSAKey forger;
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  final List<ReceivedScore> gradeBook = new CopyOnWriteArrayList<>();
  final List<Map<String, Object>> deepLinkItems = new CopyOnWriteArrayList<>();
  final List<String> refusedAtPlatform = new CopyOnWriteArrayList<>();
  private volatile JWKSource<SecurityContext> toolKeys;

  /**
   * @param toolBase Tegn's address, e.g. http://localhost:8080/tegn/
   */
  TestPlatform(String toolBase) throws IOException, JOSEException {
    this.toolBase = toolBase;
    key = new RSAKeyGenerator(2048).keyID("platform-1").generate();
    // the same key id with another key: what a forger without the platform's key can make
    forger = new RSAKeyGenerator(2048).keyID("platform-1").generate();
    // on Tegn's host, so the browser sees platform and tool as one site: over plain HTTP Tegn's
    // state cookie is SameSite=Lax (None needs TLS), which a cross-site launch post would not carry
    String host = java.net.URI.create(toolBase).getHost();
    server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getByName(host), 0), 0);
    issuer = "http://" + host + ":" + server.getAddress().getPort();
    server.createContext("/jwks", this::jwks);
    server.createContext("/initiate", this::initiate);
    server.createContext("/auth", this::auth);
    server.createContext("/token", this::token);
    server.createContext("/lineitems", this::score);
    server.createContext("/deep-link-return", this::deepLinkReturn);
    server.start();
  }

  String issuer() {
    return issuer;
  }

  String url(String path) {
    return issuer + path;
  }

  String launchUrl() {
    return toolBase + "lti/launch";
  }

  /** Queues a plan and returns the login hint that starts it. */
  String plan(Plan plan) {
    String hint = UUID.randomUUID().toString();
    plans.put(hint, plan);
    return hint;
  }

  /** Where a browser goes to start the plan: the platform's page that initiates the login. */
  String initiationUrl(String hint) {
    return url("/initiate?hint=" + hint);
  }

  /** Tegn's login initiation address for the plan (what /initiate redirects to). */
  String toolLoginUrl(String hint) {
    return toolBase
        + "lti/login?iss="
        + enc(issuer)
        + "&login_hint="
        + enc(hint)
        + "&lti_message_hint="
        + enc(hint)
        + "&target_link_uri="
        + enc(launchUrl())
        + "&client_id="
        + enc(CLIENT_ID)
        + "&lti_deployment_id="
        + enc(DEPLOYMENT);
  }

  /** The id_token the platform signs for a plan and a nonce. */
  String idToken(Plan plan, String nonce) throws JOSEException {
    Instant now = Instant.now();
    Instant issued = plan.expired() ? now.minusSeconds(7200) : now;
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(plan.subject())
            .audience(plan.audience())
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(issued.plusSeconds(300)))
            .claim("nonce", nonce)
            .claim("name", plan.name())
            .claim("email", plan.subject() + "@platform.example")
            .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", plan.messageType())
            .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
            .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", plan.deploymentId())
            .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", launchUrl())
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of(
                    plan.messageType().equals("LtiDeepLinkingRequest")
                        ? "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
                        : "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
                Map.of("locale", "en", "document_target", "window"));
    if (plan.resourceLinkId() != null) {
      claims.claim(
          "https://purl.imsglobal.org/spec/lti/claim/resource_link",
          Map.of("id", plan.resourceLinkId(), "title", "Tegn"));
    }
    if (plan.custom() != null) {
      claims.claim("https://purl.imsglobal.org/spec/lti/claim/custom", plan.custom());
    }
    if (plan.lineitemPath() != null) {
      claims.claim(
          "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
          Map.of(
              "scope",
              List.of(
                  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
              "lineitem",
              url(plan.lineitemPath())));
    }
    if (plan.messageType().equals("LtiDeepLinkingRequest")) {
      claims.claim(
          "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
          Map.of(
              "deep_link_return_url", url("/deep-link-return"),
              "accept_types", List.of("ltiResourceLink"),
              "accept_presentation_document_targets", List.of("window"),
              "data", "platform-data-7"));
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform-1").build(), claims.build());
    jwt.sign(new RSASSASigner(plan.forged() ? forger : key));
    return jwt.serialize();
  }

  private void jwks(HttpExchange exchange) throws IOException {
    answer(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
  }

  private void initiate(HttpExchange exchange) throws IOException {
    String hint = query(exchange).get("hint");
    exchange.getResponseHeaders().add("Location", toolLoginUrl(hint));
    answer(exchange, 302, "text/plain", "");
  }

  /** The authentication request: checks what Tegn asks, answers with a self-posting form. */
  private void auth(HttpExchange exchange) throws IOException {
    Map<String, String> q = query(exchange);
    Plan plan = plans.get(q.getOrDefault("login_hint", ""));
    if (plan == null
        || !"id_token".equals(q.get("response_type"))
        || !"form_post".equals(q.get("response_mode"))
        || !"openid".equals(q.get("scope"))
        || !CLIENT_ID.equals(q.get("client_id"))
        || !launchUrl().equals(q.get("redirect_uri"))
        || q.get("nonce") == null
        || q.get("state") == null) {
      refusedAtPlatform.add("auth " + q);
      answer(exchange, 400, "text/plain", "bad authentication request");
      return;
    }
    try {
      String token = idToken(plan, q.get("nonce"));
      answer(
          exchange,
          200,
          "text/html;charset=UTF-8",
          "<!DOCTYPE html><html><body><form id=\"post\" method=\"post\" action=\""
              + q.get("redirect_uri")
              + "\"><input type=\"hidden\" name=\"id_token\" value=\""
              + token
              + "\"><input type=\"hidden\" name=\"state\" value=\""
              + q.get("state")
              + "\"></form><script>document.getElementById('post').submit()</script>"
              + "</body></html>");
    } catch (JOSEException e) {
      answer(exchange, 500, "text/plain", e.toString());
    }
  }

  /** Client credentials with Tegn's signed assertion, checked against Tegn's JWKS. */
  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(exchange);
    try {
      if (!"client_credentials".equals(form.get("grant_type"))
          || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
              .equals(form.get("client_assertion_type"))
          || !String.valueOf(form.get("scope"))
              .contains("https://purl.imsglobal.org/spec/lti-ags/scope/score")) {
        throw new IllegalArgumentException("grant " + form.keySet());
      }
      JWTClaimsSet claims = verifiedByTool(form.get("client_assertion"), url("/token"), CLIENT_ID);
      if (!CLIENT_ID.equals(claims.getSubject()) || claims.getJWTID() == null) {
        throw new IllegalArgumentException("sub/jti");
      }
      String token = UUID.randomUUID().toString();
      accessTokens.add(token);
      answer(
          exchange,
          200,
          "application/json",
          "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    } catch (Exception e) {
      refusedAtPlatform.add("token " + e);
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
    }
  }

  private void score(HttpExchange exchange) throws IOException {
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    String path = exchange.getRequestURI().getPath();
    if (!auth.startsWith("Bearer ") || !accessTokens.contains(auth.substring(7))) {
      refusedAtPlatform.add("score without token");
      answer(exchange, 401, "text/plain", "");
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())
        || !type.startsWith("application/vnd.ims.lis.v1.score+json")
        || !path.endsWith("/scores")) {
      refusedAtPlatform.add("score " + type + " " + path);
      answer(exchange, 400, "text/plain", "");
      return;
    }
    try {
      Map<String, Object> body =
          JSONObjectUtils.parse(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      gradeBook.add(new ReceivedScore(path.substring(0, path.length() - "/scores".length()), body));
      answer(exchange, 200, "application/json", "{}");
    } catch (java.text.ParseException e) {
      answer(exchange, 400, "text/plain", "");
    }
  }

  private void deepLinkReturn(HttpExchange exchange) throws IOException {
    try {
      JWTClaimsSet claims = verifiedByTool(form(exchange).get("JWT"), issuer, CLIENT_ID);
      if (!"LtiDeepLinkingResponse"
              .equals(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
          || !DEPLOYMENT.equals(
              claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
          || !"platform-data-7"
              .equals(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))) {
        throw new IllegalArgumentException("deep linking response claims");
      }
      for (Object item :
          (List<?>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) item;
        deepLinkItems.add(map);
      }
      answer(
          exchange,
          200,
          "text/html;charset=UTF-8",
          "<!DOCTYPE html><html><body><h1 id=\"linked\">Linked</h1></body></html>");
    } catch (Exception e) {
      refusedAtPlatform.add("deep link " + e);
      answer(exchange, 400, "text/plain", "refused");
    }
  }

  /** A JWT Tegn signed, checked against the keys Tegn publishes at its JWKS address. */
  private JWTClaimsSet verifiedByTool(String jwt, String audience, String tokenIssuer)
      throws Exception {
    if (toolKeys == null) {
      toolKeys = JWKSourceBuilder.create(URI.create(toolBase + "lti/jwks").toURL()).build();
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, toolKeys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(tokenIssuer).build(),
            Set.of("iat", "exp", "jti")));
    return processor.process(jwt, null);
  }

  private static Map<String, String> query(HttpExchange exchange) {
    return parse(exchange.getRequestURI().getRawQuery());
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    return parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> map = new HashMap<>();
    if (encoded == null) {
      return map;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return map;
  }

  static Map<String, String> queryOf(String url) {
    return parse(URI.create(url).getRawQuery());
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
