package dk.tegn.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The API's CSRF rule for cookie-authenticated state changes. */
class SameOriginTest {

  static final String HOST = "tegn.example:8080";

  private static boolean post(String origin, String referer, String site, boolean browser) {
    return SameOrigin.allowed("POST", origin, referer, site, browser, HOST, null);
  }

  @Test
  void aForeignOriginIsRefusedForEveryStateChangingMethod() {
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "post"}) {
      assertFalse(
          SameOrigin.allowed(method, "https://evil.example", null, null, true, HOST, null), method);
    }
    assertFalse(post("http://tegn.example:8081", null, null, true), "another port");
    assertFalse(post("https://tegn.example.evil.dk:8080", null, null, true));
    assertFalse(post("null", null, null, true), "a sandboxed page");
    assertFalse(post(null, "https://evil.example/page", null, true), "foreign referer");
    assertFalse(post("http://tegn.example:8080", null, "cross-site", true), "the browser says so");
    assertFalse(post("http://tegn.example:8080", null, "same-site", true), "a sibling site");
  }

  @Test
  void ownPagesPass() {
    assertTrue(post("http://tegn.example:8080", null, "same-origin", true));
    assertTrue(post("HTTP://Tegn.Example:8080", null, null, true));
    assertTrue(post(null, "http://tegn.example:8080/assessments/take/quiz.xhtml", null, true));
    assertTrue(SameOrigin.allowed("POST", "https://tegn.dk", null, null, true, "tegn.dk", null));
    assertTrue(
        SameOrigin.allowed(
            "POST", "https://tegn.dk", null, null, true, "127.0.0.1:8080", "https://tegn.dk/"),
        "behind a proxy that rewrites Host, the configured public address");
  }

  @Test
  void aBrowserThatNamesNoOriginIsRefusedAScriptWithACookieJarIsNot() {
    assertFalse(post(null, null, "same-origin", true), "a browser always names one for a POST");
    assertTrue(post(null, null, null, false), "curl with a cookie jar");
  }

  @Test
  void readsAreNeverChecked() {
    assertTrue(SameOrigin.allowed("GET", "https://evil.example", null, null, true, HOST, null));
    assertTrue(SameOrigin.allowed("HEAD", "https://evil.example", null, null, true, HOST, null));
  }
}
