package dk.tegn.courses.badge;

import static dk.tegn.courses.badge.OpenBadgesTest.AWARD;
import static dk.tegn.courses.badge.OpenBadgesTest.BADGE;
import static dk.tegn.courses.badge.OpenBadgesTest.ISSUER;
import static dk.tegn.courses.badge.OpenBadgesTest.URLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dk.tegn.courses.badge.control.BadgeKeys;
import dk.tegn.courses.badge.control.OpenBadges;
import dk.tegn.courses.badge.control.OpenBadges.Award;
import dk.tegn.courses.badge.control.OpenBadges3;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Open Badges 3.0: the credential is valid by 1EdTech's JSON Schema, and its VC-JWT verifies with
 * the published public key (and with nothing else) after a round trip through the JWK set's JSON,
 * as an outside verifier would fetch it.
 */
class OpenBadges3Test {

  static final BadgeKeys KEYS = BadgeKeys.withNewKey();

  @Test
  void aCredentialIsAValidOpenBadgeCredentialWithTheAssertionsFacts() {
    JsonObject vc = OpenBadges3.credential(URLS, ISSUER, AWARD, BADGE);
    assertEquals(List.of(), OpenBadgesSchemas.credentialProblems(vc.toString()));
    assertEquals(
        "https://tegn.example.dk/tegn/badges/credential/ABCDE-FGHJK-MNPQR-STVWX",
        vc.getString("id"));
    assertEquals(
        "https://tegn.example.dk/tegn/badges/profile/cmm",
        vc.getJsonObject("issuer").getString("id"));
    JsonObject identity =
        vc.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
    assertEquals(
        OpenBadges.identityHash(AWARD.email(), AWARD.salt()), identity.getString("identityHash"));
    assertFalse(vc.toString().contains("example.org"), "the address is never published");
    assertEquals("2026-11-23T10:00:00Z", vc.getString("validFrom"));
    assertEquals("2028-11-23T10:00:00Z", vc.getString("validUntil"));
    assertEquals(
        "https://tegn.example.dk/tegn/badges/class/7/2",
        vc.getJsonObject("credentialSubject").getJsonObject("achievement").getString("id"));

    Award forever = new Award(AWARD.code(), AWARD.email(), AWARD.salt(), AWARD.issuedOn(), null);
    JsonObject never = OpenBadges3.credential(URLS, ISSUER, forever, BADGE);
    assertEquals(List.of(), OpenBadgesSchemas.credentialProblems(never.toString()));
    assertFalse(never.containsKey("validUntil"));
  }

  @Test
  void theSchemaRefusesACredentialWithoutItsAchievement() {
    JsonObject vc = OpenBadges3.credential(URLS, ISSUER, AWARD, BADGE);
    JsonObject broken =
        Json.createObjectBuilder(vc)
            .add(
                "credentialSubject",
                Json.createObjectBuilder(vc.getJsonObject("credentialSubject"))
                    .remove("achievement"))
            .remove("validFrom")
            .build();
    List<String> problems = OpenBadgesSchemas.credentialProblems(broken.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("achievement")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("validFrom")), problems::toString);
  }

  @Test
  void theSignedCredentialVerifiesWithThePublishedKeyOnly() throws Exception {
    JsonObject vc = OpenBadges3.credential(URLS, ISSUER, AWARD, BADGE);
    String jwt = OpenBadges3.sign(vc, KEYS.signingKey(), URLS);

    SignedJWT parsed = SignedJWT.parse(jwt);
    assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
    String kid = parsed.getHeader().getKeyID();
    assertEquals(URLS.key(KEYS.signingKey().getKeyID()), kid, "the kid is the key's address");

    // what a verifier fetches: the published JWK set, by the key id at the end of kid
    JWKSet published = JWKSet.parse(KEYS.publicKeys().toString());
    RSAKey key = (RSAKey) published.getKeyByKeyId(kid.substring(kid.lastIndexOf('/') + 1));
    assertFalse(key.isPrivate(), "only the public half is published");
    assertTrue(parsed.verify(new RSASSAVerifier(key)));

    var claims = parsed.getJWTClaimsSet();
    assertEquals(vc.getJsonObject("issuer").getString("id"), claims.getIssuer());
    assertEquals(vc.getString("id"), claims.getJWTID());
    assertEquals(Date.from(AWARD.issuedOn()), claims.getNotBeforeTime());
    assertEquals(Date.from(AWARD.expires()), claims.getExpirationTime());
    JsonObject payload =
        Json.createReader(new StringReader(parsed.getPayload().toString())).readObject();
    assertEquals(
        List.of(), OpenBadgesSchemas.credentialProblems(payload.toString()), "the payload is it");
    assertEquals(vc.getJsonObject("credentialSubject"), payload.getJsonObject("credentialSubject"));

    // a changed payload under the same signature fails, and so does another key
    String[] parts = jwt.split("\\.");
    String forged = payload.toString().replace(AWARD.issuedOn().toString(), "2020-01-01T00:00:00Z");
    assertNotEquals(payload.toString(), forged);
    JWSObject tampered =
        new JWSObject(
            parsed.getHeader().toBase64URL(),
            Base64URL.encode(forged.getBytes(StandardCharsets.UTF_8)),
            new Base64URL(parts[2]));
    assertFalse(tampered.verify(new RSASSAVerifier(key)));
    RSAKey stranger = BadgeKeys.withNewKey().signingKey().toPublicJWK();
    assertFalse(SignedJWT.parse(jwt).verify(new RSASSAVerifier(stranger)));
  }
}
