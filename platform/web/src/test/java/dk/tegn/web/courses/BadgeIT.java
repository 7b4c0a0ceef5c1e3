package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dk.tegn.courses.badge.control.BadgePng;
import dk.tegn.courses.badge.control.OpenBadges;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.SharedBrowser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Open Badges on the real WAR in Payara Micro and MariaDB: a trainee's completed course is a hosted
 * assertion whose badge class, issuer and image answer at their public addresses without signing
 * in, and an Open Badges 3.0 credential (VC-JWT) that verifies with the key Tegn publishes; the
 * holder downloads the baked PNG from the player; a coordinator withdraws the certificate on the
 * verify page, after which the assertion answers 410 revoked and the revocation list names it.
 */
@ExtendWith(ArquillianExtension.class)
class BadgeIT {

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aCertificateIsAHostedOpenBadgeUntilACoordinatorWithdrawsIt() throws Exception {
    String[] issued = get(base + "it/badges?username=cadet15", null).body().split(" ");
    String enrolment = issued[0];
    String course = issued[1];
    String code = issued[2];

    String assertionUrl = base + "badges/assertion/" + code;
    HttpResponse<String> fetched = get(assertionUrl, null);
    assertEquals(200, fetched.statusCode());
    assertTrue(
        fetched.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    JsonObject assertion = json(fetched);
    assertEquals(assertionUrl, assertion.getString("id"), "hosted: the id is where it lives");
    JsonObject recipient = assertion.getJsonObject("recipient");
    assertEquals(
        OpenBadges.identityHash("cadet15@demo.tegn.dk", recipient.getString("salt")),
        recipient.getString("identity"));
    assertTrue(
        get(assertionUrl, "application/json")
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/json"),
        "a client that accepts only JSON gets JSON");

    JsonObject badgeClass = json(get(assertion.getString("badge"), null));
    assertEquals("BadgeClass", badgeClass.getString("type"));
    assertEquals(base + "badges/class/" + course + "/1", badgeClass.getString("id"));
    JsonObject issuer = json(get(badgeClass.getString("issuer"), null));
    assertEquals("Center mod Menneskehandel", issuer.getString("name"));
    HttpResponse<byte[]> image =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(badgeClass.getString("image"))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));

    String credentialUrl = base + "badges/credential/" + code;
    verifyOpenBadges3(credentialUrl, issuer.getString("name"));

    Browser b = BROWSER.at(base);
    b.signIn("cadet15", "tegn-demo");
    b.open("courses/learn/player.xhtml?course=" + course);
    String badgeLink = b.waitFor(By.id("badge")).getAttribute("href");
    HttpResponse<byte[]> baked = b.download(badgeLink);
    assertEquals(200, baked.statusCode());
    assertEquals(
        assertion,
        Json.createReader(new StringReader(BadgePng.extract(baked.body()).orElseThrow()))
            .readObject(),
        "the baked PNG carries the hosted assertion");
    b.signOut();
    b.signIn("cadet16", "tegn-demo");
    assertEquals(
        403,
        b.download(base + "courses/learn/badge?enrolment=" + enrolment).statusCode(),
        "nobody else's badge");
    b.signOut();

    for (String unknown :
        List.of(
            "badges/assertion/AAAAA-AAAAA-AAAAA-AAAAA",
            "badges/assertion/%3Cscript%3E",
            "badges/class/" + course + "/99",
            "badges/issuer/no-such-organisation",
            "badges/image/999999999.png",
            "badges/credential/AAAAA-AAAAA-AAAAA-AAAAA",
            "badges/profile/no-such-organisation",
            "badges/keys/no-such-key",
            "badges/nothing")) {
      HttpResponse<String> answer = get(base + unknown, null);
      assertEquals(404, answer.statusCode(), unknown);
      assertEquals("not found", json(answer).getString("error"), unknown);
    }

    b.signIn("coordinator", "tegn-demo");
    b.open("verify/" + code);
    assertTrue(
        b.waitFor(By.id("credential")).getAttribute("href").endsWith("badges/credential/" + code),
        "the verify page links the signed credential");
    b.type("withdraw:reason", "Udstedt ved en fejl");
    b.click("withdraw:withdraw");
    b.waitFor(By.cssSelector(".verify-withdrawn h2"));
    assertEquals("Udstedt ved en fejl", b.waitFor(By.id("withdrawal-reason")).getText());
    b.signOut();

    HttpResponse<String> revoked = get(assertionUrl, null);
    assertEquals(410, revoked.statusCode());
    JsonObject gone = json(revoked);
    assertTrue(gone.getBoolean("revoked"));
    assertEquals("Udstedt ved en fejl", gone.getString("revocationReason"));
    assertFalse(gone.containsKey("recipient"));
    assertEquals(410, get(credentialUrl, null).statusCode(), "no credential once withdrawn");
    JsonObject list = json(get(issuer.getString("revocationList"), null));
    assertTrue(list.getJsonArray("revokedAssertions").toString().contains(assertionUrl));

    b.open("verify/" + code);
    b.waitFor(By.cssSelector(".verify-withdrawn h2"));
    assertTrue(b.driver().findElements(By.id("withdraw:reason")).isEmpty(), "anonymous: no form");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "withdrawn verify page");
  }

  /**
   * The Open Badges 3.0 credential as an outside verifier checks it: a VC-JWT whose kid is the
   * address of a public JWK that Tegn publishes, also in its JWK set; the signature verifies with
   * it, the payload is the credential, and its issuer is the published profile.
   */
  private static void verifyOpenBadges3(String credentialUrl, String issuerName) throws Exception {
    HttpResponse<String> fetched = get(credentialUrl, null);
    assertEquals(200, fetched.statusCode());
    assertTrue(
        fetched.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+jwt"));
    SignedJWT jwt = SignedJWT.parse(fetched.body());
    HttpResponse<String> jwk = get(jwt.getHeader().getKeyID(), null);
    assertEquals(200, jwk.statusCode(), "the kid is the public key's address");
    RSAKey key = RSAKey.parse(jwk.body());
    assertFalse(key.isPrivate(), "only the public half is published");
    assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed with the published key");
    String kid = jwt.getHeader().getKeyID();
    String keySet = get(kid.substring(0, kid.lastIndexOf('/')), null).body();
    assertTrue(JWKSet.parse(keySet).getKeyByKeyId(key.getKeyID()) != null, "and in the JWK set");

    JsonObject vc = Json.createReader(new StringReader(jwt.getPayload().toString())).readObject();
    assertEquals(credentialUrl, vc.getString("id"));
    assertEquals(credentialUrl, jwt.getJWTClaimsSet().getJWTID());
    assertTrue(vc.getJsonArray("type").toString().contains("OpenBadgeCredential"));
    String profileUrl = vc.getJsonObject("issuer").getString("id");
    assertEquals(profileUrl, jwt.getJWTClaimsSet().getIssuer());
    JsonObject profile = json(get(profileUrl, null));
    assertEquals(issuerName, profile.getString("name"));
    assertEquals(
        OpenBadges.identityHash(
            "cadet15@demo.tegn.dk",
            vc.getJsonObject("credentialSubject")
                .getJsonArray("identifier")
                .getJsonObject(0)
                .getString("salt")),
        vc.getJsonObject("credentialSubject")
            .getJsonArray("identifier")
            .getJsonObject(0)
            .getString("identityHash"));
  }

  private static HttpResponse<String> get(String url, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
