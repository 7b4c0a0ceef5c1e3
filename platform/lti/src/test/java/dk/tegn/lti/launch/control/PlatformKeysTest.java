package dk.tegn.lti.launch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The id_token checks against a platform JWKS served over HTTP, as a launch meets them. */
class PlatformKeysTest {

  private static final String ISSUER = "https://platform.example";
  private static HttpServer server;
  private static RSAKey key;
  private static String jwks;

  @BeforeAll
  static void servePlatformKeys() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    jwks = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String token(RSAKey signer, String issuer, String audience, Instant issued)
      throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("u1")
                .audience(audience)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(300)))
                .claim("nonce", "n1")
                .build());
    jwt.sign(new RSASSASigner(signer));
    return jwt.serialize();
  }

  private static String reason(String jwt) {
    long now = Instant.now().getEpochSecond();
    return assertThrows(
            LaunchRefusedException.class,
            () -> PlatformKeys.verify(jwt, jwks, ISSUER, "client-1", 1L, now))
        .reason();
  }

  @Test
  void aTokenOfThePlatformForTegnIsAccepted() throws Exception {
    JWTClaimsSet claims =
        PlatformKeys.verify(
            token(key, ISSUER, "client-1", Instant.now()),
            jwks,
            ISSUER,
            "client-1",
            1L,
            Instant.now().getEpochSecond());
    assertEquals("n1", claims.getStringClaim("nonce"));
  }

  @Test
  void forgedMisaddressedForeignExpiredAndGarbledTokensAreRefusedWithTheirReason()
      throws Exception {
    RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
    assertEquals("signature", reason(token(forger, ISSUER, "client-1", Instant.now())));
    assertEquals("audience", reason(token(key, ISSUER, "another-tool", Instant.now())));
    assertEquals("issuer", reason(token(key, "https://evil.example", "client-1", Instant.now())));
    assertEquals(
        "expired", reason(token(key, ISSUER, "client-1", Instant.now().minusSeconds(7200))));
    assertEquals("malformed", reason("not.a.jwt"));
  }
}
