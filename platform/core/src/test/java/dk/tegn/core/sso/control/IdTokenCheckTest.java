package dk.tegn.core.sso.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every ID token check refuses its own forgery: tokens signed here with real RSA keys, verified as
 * the provider's would be, against the provider's public key set.
 */
class IdTokenCheckTest {

  private static final String ISSUER = "https://login.politi.example/realms/politi";
  private static final String CLIENT = "tegn";
  private static final Nonce NONCE = new Nonce("n-0S6_WzA2Mj");

  private static RSAKey providerKey;
  private static RSAKey attackerKey;
  private static IDTokenValidator validator;

  @BeforeAll
  static void keys() throws JOSEException {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    attackerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    validator =
        new IDTokenValidator(
            new Issuer(ISSUER),
            new ClientID(CLIENT),
            JWSAlgorithm.RS256,
            new JWKSet(providerKey.toPublicJWK()));
  }

  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
        .audience(List.of(CLIENT))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", NONCE.getValue())
        .claim("preferred_username", "anna.berg");
  }

  private static SignedJWT signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt;
  }

  private static String refusal(JWTClaimsSet claims, RSAKey key, Nonce nonce) throws JOSEException {
    SignedJWT token = signed(claims, key);
    SsoRefusal refused =
        assertThrows(SsoRefusal.class, () -> IdTokenCheck.verify(validator, token, nonce, 7));
    assertEquals(SsoRefusal.Reason.TOKEN, refused.reason());
    assertEquals(7L, refused.providerId());
    return refused.getMessage();
  }

  @Test
  void aTokenOfTheProviderForTegnWithThisSignInsNoncePasses() throws JOSEException {
    assertEquals(
        "anna.berg",
        IdTokenCheck.verify(validator, signed(claims().build(), providerKey), NONCE, 7)
            .getStringClaim("preferred_username"));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefusedForItsSignature() throws JOSEException {
    assertTrue(refusal(claims().build(), attackerKey, NONCE).startsWith("signature"));
  }

  @Test
  void aTokenForAnotherClientIsRefusedForItsAudience() throws JOSEException {
    String why = refusal(claims().audience(List.of("other-app")).build(), providerKey, NONCE);
    assertTrue(why.startsWith("audience"), why);
  }

  @Test
  void aTokenOfAnotherIssuerIsRefusedForItsIssuer() throws JOSEException {
    String why = refusal(claims().issuer("https://evil.example").build(), providerKey, NONCE);
    assertTrue(why.startsWith("issuer"), why);
  }

  @Test
  void anExpiredTokenIsRefusedEvenWithinItsClockSkew() throws JOSEException {
    Instant then = Instant.now().minusSeconds(3600);
    String why =
        refusal(
            claims()
                .issueTime(Date.from(then))
                .expirationTime(Date.from(then.plusSeconds(300)))
                .build(),
            providerKey,
            NONCE);
    assertTrue(why.startsWith("expired"), why);
  }

  @Test
  void aTokenOfAnotherSignInIsRefusedForItsNonce() throws JOSEException {
    String why = refusal(claims().build(), providerKey, new Nonce("another-sign-in"));
    assertTrue(why.startsWith("nonce"), why);
  }

  @Test
  void onlyThePublicKeyAlgorithmsTheProviderAnnouncesAreAccepted() throws Exception {
    OIDCProviderMetadata metadata =
        OIDCProviderMetadata.parse(
            "{\"issuer\":\""
                + ISSUER
                + "\",\"authorization_endpoint\":\""
                + ISSUER
                + "/auth\",\"jwks_uri\":\""
                + ISSUER
                + "/certs\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"HS256\",\"none\",\"ES256\","
                + "\"PS384\",\"EdDSA\"]}");
    assertEquals(
        java.util.Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS384, JWSAlgorithm.EdDSA),
        SsoFlow.signatureAlgorithms(metadata));
  }

  @Test
  void keycloakGroupPathsLoseTheirLeadingSlash() {
    assertEquals(
        java.util.Set.of("kadetter", "politi/ledere"),
        SsoFlow.groups(List.of("/kadetter", "/politi/ledere", " ")));
    assertEquals(java.util.Set.of("kadetter"), SsoFlow.groups("kadetter"));
  }
}
