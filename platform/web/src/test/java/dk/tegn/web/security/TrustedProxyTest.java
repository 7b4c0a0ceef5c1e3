package dk.tegn.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Forwarded headers count only from a configured proxy. */
class TrustedProxyTest {

  static final Set<String> PROXIES = TrustedProxy.parse(" 10.0.0.2, 10.0.0.3 ,");

  @Test
  void theClientIsTheRightMostAddressNoTrustedProxyAdded() {
    assertEquals(Set.of("10.0.0.2", "10.0.0.3"), PROXIES);
    assertEquals(
        "198.51.100.7",
        TrustedProxy.clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", PROXIES),
        "the left part is the client's own claim");
    assertEquals("10.0.0.2", TrustedProxy.clientAddress("10.0.0.2", null, PROXIES));
  }

  @Test
  void anyoneElsesForwardedHeadersAreIgnored() {
    assertEquals("203.0.113.5", TrustedProxy.clientAddress("203.0.113.5", "1.2.3.4", PROXIES));
    assertEquals("http", TrustedProxy.scheme("203.0.113.5", "https", "http", PROXIES));
    assertEquals("http", TrustedProxy.scheme("10.0.0.2", "https", "http", Set.of()));
  }

  @Test
  void aTrustedProxysSchemeCountsPerRequest() {
    assertEquals("https", TrustedProxy.scheme("10.0.0.2", "https", "http", PROXIES));
    assertEquals("https", TrustedProxy.scheme("10.0.0.2", "HTTPS, http", "http", PROXIES));
    assertEquals("http", TrustedProxy.scheme("10.0.0.2", "gopher", "http", PROXIES));
  }
}
