package dk.tegn.lti.launch.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks JWTs a platform signed, with Nimbus: the signature (RS256) against the platform's JWKS
 * (fetched from its address and cached, fetched again when a new key id appears), the issuer, the
 * audience (Tegn's client id), expiry and issue time (one minute of clock skew), and that the
 * claims a launch needs are there.
 */
public final class PlatformKeys {

  /** Issued more than this long ago, a token is refused even if the platform set a late expiry. */
  static final long MAX_AGE_SECONDS = 3600;

  private static final Map<String, JWKSource<SecurityContext>> SOURCES = new ConcurrentHashMap<>();

  private PlatformKeys() {}

  /**
   * The verified claims of {@code jwt}.
   *
   * @throws LaunchRefusedException with the reason: {@code signature}, {@code expired}, {@code
   *     audience}, {@code issuer} or {@code malformed}
   */
  public static JWTClaimsSet verify(
      String jwt,
      String jwksUrl,
      String issuer,
      String audience,
      long platformId,
      long nowSeconds) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source(jwksUrl)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "iat", "exp", "nonce")));
    JWTClaimsSet claims;
    try {
      claims = processor.process(jwt, null);
    } catch (java.text.ParseException e) {
      throw new LaunchRefusedException("malformed", platformId, e.getMessage());
    } catch (BadJWTException e) {
      throw new LaunchRefusedException(claimReason(e.getMessage()), platformId, e.getMessage());
    } catch (BadJOSEException e) {
      throw new LaunchRefusedException("signature", platformId, e.getMessage());
    } catch (com.nimbusds.jose.JOSEException e) {
      // the platform's keys could not be fetched: nothing could be checked
      throw new LaunchRefusedException("platformKeys", platformId, e.getMessage());
    }
    long issuedAt = claims.getIssueTime().toInstant().getEpochSecond();
    if (issuedAt > nowSeconds + 60 || issuedAt < nowSeconds - MAX_AGE_SECONDS) {
      throw new LaunchRefusedException("expired", platformId, "iat " + issuedAt);
    }
    // several audiences: the token must have been issued to Tegn (OIDC Core, azp)
    if (claims.getAudience().size() > 1 && !audience.equals(claims.getClaim("azp"))) {
      throw new LaunchRefusedException("audience", platformId, "azp");
    }
    return claims;
  }

  private static String claimReason(String message) {
    String m = String.valueOf(message);
    if (m.startsWith("Expired") || m.contains("before use time")) {
      return "expired";
    }
    if (m.contains("aud")) {
      return "audience";
    }
    if (m.contains("iss")) {
      return "issuer";
    }
    return "malformed";
  }

  private static JWKSource<SecurityContext> source(String jwksUrl) {
    return SOURCES.computeIfAbsent(
        jwksUrl,
        url -> {
          try {
            return JWKSourceBuilder.create(
                    URI.create(url).toURL(), new DefaultResourceRetriever(5000, 5000, 512 * 1024))
                .retrying(true)
                .build();
          } catch (MalformedURLException | IllegalArgumentException e) {
            throw new LaunchRefusedException("platformKeys", null, "bad JWKS address");
          }
        });
  }
}
