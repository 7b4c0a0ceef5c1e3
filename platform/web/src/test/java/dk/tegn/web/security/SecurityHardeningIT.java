package dk.tegn.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Deployments;
import dk.tegn.web.testing.WebClient;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's defects, checked from outside over HTTP against the real WAR as an auditor would: the
 * outbox scoped to the admin's organisations, strict JSON, CSRF on the API, bad input answered with
 * 4xx (never 5xx), security headers on every answer.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

  static final String PASSWORD = "tegn-demo";
  static final String EVIL = "https://evil.example";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tegn().addClass(SecurityItServlet.class);
  }

  @ArquillianResource URL base;

  private String arrange(String username, String organisation, String role) throws Exception {
    HttpResponse<String> r =
        new WebClient(base)
            .get(
                "it/security?action=account&username="
                    + username
                    + "&organisation="
                    + organisation
                    + "&role="
                    + role);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  // --- defect 1: account takeover across organisations

  @Test
  void anAdminOfAPartnerOrganisationSeesOnlyTheirOrganisationsMail() throws Exception {
    arrange("sec-partner-admin", "hospital", "ADMIN");
    arrange("sec-hospital-person", "hospital", "TRAINEE");
    arrange("sec-police-person", "police-school", "TRAINEE");
    WebClient partner = new WebClient(base);
    assertEquals(302, partner.signIn("sec-partner-admin", PASSWORD).statusCode());
    HttpResponse<String> page = partner.get("admin/outbox.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("sec-hospital-person@it.tegn.dk"), "their own organisation");
    assertFalse(
        page.body().contains("sec-police-person@it.tegn.dk"),
        "another organisation's invitation: its link would let them take over the account");
    WebClient national = new WebClient(base);
    assertEquals(302, national.signIn("admin", PASSWORD).statusCode());
    assertTrue(national.get("admin/outbox.xhtml").body().contains("sec-police-person@it.tegn.dk"));
  }

  // --- defect 2: lenient JSON binding

  @Test
  void aReferralWhoseDangerFlagIsNoBooleanIsRefusedNamingTheField() throws Exception {
    for (String value : new String[] {"\"yes\"", "1", "\"1\"", "[1,2]"}) {
      String body =
          "{\"idempotencyKey\":\"sec-danger-0123456789\",\"metOn\":\"2026-01-02\","
              + "\"region\":\"HOVEDSTADEN\",\"ageCategory\":\"ADULT\",\"gender\":\"WOMAN\","
              + "\"exploitationForm\":\"SEXUAL\",\"immediateDanger\":"
              + value
              + ",\"consent\":\"GIVEN\",\"profession\":\"POLICE\"}";
      WebClient client = new WebClient(base).inLanguage("da");
      HttpResponse<String> r =
          client.send(
              json(client.request("api/referrals"), "POST", body)
                  .header("Authorization", WebClient.basic("trainee", PASSWORD)));
      assertEquals(400, r.statusCode(), value + ": " + r.body());
      assertTrue(r.body().contains("\"field\":\"immediateDanger\""), r.body());
      assertTrue(r.body().contains("Skal være true eller false"), "in Danish: " + r.body());
    }
  }

  // --- defect 3: CSRF on the REST API

  @Test
  void aCookieAuthenticatedStateChangeFromAnotherSiteIsRefused() throws Exception {
    WebClient admin = new WebClient(base);
    assertEquals(302, admin.signIn("admin", PASSWORD).statusCode());
    HttpResponse<String> rotation =
        admin.send(
            admin
                .request("api/intake/keys/rotation")
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, rotation.statusCode(), rotation.body());
    assertTrue(rotation.body().contains("\"error\":\"crossOrigin\""), rotation.body());

    WebClient cadet = new WebClient(base);
    assertEquals(302, cadet.signIn("cadet13", PASSWORD).statusCode());
    HttpResponse<String> foreign =
        cadet.send(json(cadet.request("api/referrals"), "POST", "{}").header("Origin", EVIL));
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> foreignReferer =
        cadet.send(
            json(cadet.request("api/referrals"), "PUT", "{}")
                .header("Referer", EVIL + "/page")
                .header("Sec-Fetch-Mode", "cors"));
    assertEquals(403, foreignReferer.statusCode(), foreignReferer.body());
    HttpResponse<String> browserWithoutOrigin =
        cadet.send(
            json(cadet.request("api/referrals"), "POST", "{}")
                .header("Sec-Fetch-Site", "same-origin"));
    assertEquals(403, browserWithoutOrigin.statusCode(), "a browser names its origin for a POST");

    String own = base.getProtocol() + "://" + base.getAuthority();
    HttpResponse<String> fromTegn =
        cadet.send(json(cadet.request("api/referrals"), "POST", "{}").header("Origin", own));
    assertEquals(400, fromTegn.statusCode(), "passes the check; the empty referral is invalid");
    HttpResponse<String> script = cadet.send(json(cadet.request("api/referrals"), "POST", "{}"));
    assertEquals(400, script.statusCode(), "a script with a cookie jar sends no browser headers");
    HttpResponse<String> basic =
        cadet.send(
            json(cadet.request("api/referrals"), "POST", "{}")
                .header("Origin", EVIL)
                .header("Authorization", WebClient.basic("cadet13", PASSWORD)));
    assertEquals(400, basic.statusCode(), "HTTP Basic is no ambient credential");
    assertNotEquals(403, cadet.get("api/me").statusCode(), "reads are not checked");
  }
}
