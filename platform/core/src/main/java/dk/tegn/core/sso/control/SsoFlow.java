package dk.tegn.core.sso.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.tegn.core.sso.control.SsoRefusal.Reason;
import dk.tegn.core.sso.entity.SsoProvider;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The OpenID Connect authorization code flow with PKCE, state and nonce, against the provider of an
 * organisation, done by the Nimbus SDK. {@link #begin} gives the address to send the browser to and
 * what the session must keep; {@link #complete} takes the provider's answer, exchanges the code and
 * returns the verified person, or throws {@link SsoRefusal}.
 *
 * <p>Provider metadata (discovery) and the ID token validator, whose key source caches the JWKS,
 * are kept for {@link #METADATA_TTL} per provider and configuration.
 */
@ApplicationScoped
public class SsoFlow {

  private static final Logger LOG = Logger.getLogger(SsoFlow.class.getName());

  static final Duration METADATA_TTL = Duration.ofMinutes(10);

  /** How long a sign-in may take at the provider (the person types a password, maybe a code). */
  public static final Duration PENDING_FOR = Duration.ofMinutes(10);

  private static final int TIMEOUT_MS = 10_000;

  /** What the session keeps between {@link #begin} and {@link #complete}. */
  public record Pending(
      long providerId,
      String state,
      String nonce,
      String codeVerifier,
      String callback,
      String next,
      Instant startedAt)
      implements Serializable {}

  /** Where to send the browser, and what to keep until it comes back. */
  public record Start(URI authorization, Pending pending) {}

  /** The person the provider vouched for, every check passed. */
  public record Verified(
      long providerId,
      String subject,
      String username,
      String email,
      String displayName,
      Set<String> groups,
      String idToken) {}

  private record Cached(
      OIDCProviderMetadata metadata,
      IDTokenValidator validator,
      Instant until,
      Instant configured) {}

  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Inject SsoSecrets secrets;
  @Inject PlatformClock clock;

  public Start begin(SsoProvider provider, URI callback, String next) {
    if (!provider.isEnabled()) {
      throw new SsoRefusal(Reason.UNKNOWN, provider.getId(), "provider disabled");
    }
    OIDCProviderMetadata metadata = cached(provider).metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                scope(provider.getScopes()),
                new ClientID(provider.getClientId()),
                callback)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Start(
        request.toURI(),
        new Pending(
            provider.getId(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            callback.toString(),
            next,
            clock.now()));
  }

  /**
   * Checks the provider's answer to {@code pending} ({@code answer}: the callback address with its
   * query), exchanges the code for tokens and verifies the ID token.
   */
  public Verified complete(Pending pending, URI answer) {
    long providerId = pending.providerId();
    if (pending.startedAt().plus(PENDING_FOR).isBefore(clock.now())) {
      throw new SsoRefusal(Reason.STATE, providerId, "sign-in took too long");
    }
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(answer);
    } catch (ParseException e) {
      throw new SsoRefusal(Reason.STATE, providerId, "malformed answer");
    }
    if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
      throw new SsoRefusal(Reason.STATE, providerId, "state does not match");
    }
    if (!response.indicatesSuccess()) {
      throw new SsoRefusal(
          Reason.DENIED,
          providerId,
          "provider: " + response.toErrorResponse().getErrorObject().getCode());
    }
    AuthorizationCode code = ((AuthenticationSuccessResponse) response).getAuthorizationCode();
    if (code == null) {
      throw new SsoRefusal(Reason.STATE, providerId, "no code");
    }
    SsoProvider provider = provider(providerId);
    Cached cached = cached(provider);
    JWT idToken = exchange(provider, cached.metadata(), code, pending);
    IDTokenClaimsSet claims =
        IdTokenCheck.verify(cached.validator(), idToken, new Nonce(pending.nonce()), providerId);
    return verified(provider, claims, idToken.getParsedString());
  }

  /**
   * The provider's end-session address for this sign-in (RP-initiated logout), or null when the
   * provider has none.
   */
  public URI endSession(long providerId, String idToken, URI afterwards) {
    SsoProvider provider = em.find(SsoProvider.class, providerId);
    if (provider == null) {
      return null;
    }
    try {
      URI endpoint = cached(provider).metadata().getEndSessionEndpointURI();
      if (endpoint == null) {
        return null;
      }
      return new LogoutRequest(
              endpoint,
              com.nimbusds.jwt.JWTParser.parse(idToken),
              null,
              new ClientID(provider.getClientId()),
              afterwards,
              null,
              null)
          .toURI();
    } catch (java.text.ParseException | SsoRefusal e) {
      LOG.info(() -> "no provider sign-out for provider " + providerId + ": " + e.getMessage());
      return null;
    }
  }

  private SsoProvider provider(long id) {
    SsoProvider provider = em.find(SsoProvider.class, id);
    if (provider == null || !provider.isEnabled()) {
      throw new SsoRefusal(Reason.UNKNOWN, id, "provider removed or disabled");
    }
    return provider;
  }

  private JWT exchange(
      SsoProvider provider, OIDCProviderMetadata metadata, AuthorizationCode code, Pending p) {
    ClientID client = new ClientID(provider.getClientId());
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            code, URI.create(p.callback()), new CodeVerifier(p.codeVerifier()));
    TokenRequest request =
        provider.hasClientSecret()
            ? new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(
                    client,
                    new Secret(secrets.open(provider.getClientSecret(), provider.secretContext()))),
                grant)
            : new TokenRequest(metadata.getTokenEndpointURI(), client, grant);
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw new SsoRefusal(Reason.UNAVAILABLE, provider.getId(), "token endpoint: " + e);
    }
    if (!response.indicatesSuccess()) {
      // a code used twice, or a wrong client secret, lands here
      throw new SsoRefusal(
          Reason.TOKEN,
          provider.getId(),
          "token endpoint refused: " + response.toErrorResponse().getErrorObject().getCode());
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new SsoRefusal(Reason.TOKEN, provider.getId(), "no ID token");
    }
    return idToken;
  }

  private Verified verified(SsoProvider provider, IDTokenClaimsSet claims, String idToken) {
    String username = text(claims.getClaim(provider.getUsernameClaim()));
    if (username == null) {
      throw new SsoRefusal(
          Reason.CLAIMS, provider.getId(), "no claim " + provider.getUsernameClaim());
    }
    String name = text(claims.getClaim(provider.getNameClaim()));
    return new Verified(
        provider.getId(),
        claims.getSubject().getValue(),
        username,
        text(claims.getClaim(provider.getEmailClaim())),
        name == null ? username : name,
        groups(claims.getClaim(provider.getGroupsClaim())),
        idToken);
  }

  private static String text(Object claim) {
    return claim instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** Groups as a list or a single string; a leading slash (Keycloak's full path) is dropped. */
  static Set<String> groups(Object claim) {
    Set<String> groups = new LinkedHashSet<>();
    if (claim instanceof Collection<?> list) {
      list.forEach(g -> add(groups, g));
    } else {
      add(groups, claim);
    }
    return Set.copyOf(groups);
  }

  private static void add(Set<String> groups, Object group) {
    if (group instanceof String s && !s.isBlank()) {
      groups.add(s.strip().replaceFirst("^/", ""));
    }
  }

  private static Scope scope(String scopes) {
    Scope scope = Scope.parse(scopes);
    if (scope == null) {
      scope = new Scope();
    }
    if (!scope.contains("openid")) {
      scope.add("openid");
    }
    return scope;
  }

  /**
   * The public-key algorithms the provider says it signs ID tokens with (RS256 when it says none):
   * never "none", and never HMAC, which would make the client secret a signing key.
   */
  static Set<JWSAlgorithm> signatureAlgorithms(OIDCProviderMetadata metadata) {
    Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
    if (metadata.getIDTokenJWSAlgs() != null) {
      for (JWSAlgorithm algorithm : metadata.getIDTokenJWSAlgs()) {
        if (JWSAlgorithm.Family.RSA.contains(algorithm)
            || JWSAlgorithm.Family.EC.contains(algorithm)
            || JWSAlgorithm.Family.ED.contains(algorithm)) {
          algorithms.add(algorithm);
        }
      }
    }
    return algorithms.isEmpty() ? Set.of(JWSAlgorithm.RS256) : algorithms;
  }

  /** Discovery and the validator, fetched again when old or when the provider was changed. */
  private Cached cached(SsoProvider provider) {
    Instant now = clock.now();
    Cached current = cache.get(provider.getId());
    if (current != null
        && current.until().isAfter(now)
        && current.configured().equals(provider.getUpdatedAt())
        && current.validator().getClientID().getValue().equals(provider.getClientId())) {
      return current;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(provider.getIssuer()), TIMEOUT_MS, TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.getClientId()),
              new JWSVerificationKeySelector<>(
                  signatureAlgorithms(metadata),
                  JWKSourceBuilder.create(
                          metadata.getJWKSetURI().toURL(),
                          new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS))
                      .build()),
              null);
      Cached fresh =
          new Cached(metadata, validator, now.plus(METADATA_TTL), provider.getUpdatedAt());
      cache.put(provider.getId(), fresh);
      return fresh;
    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
      LOG.warning(() -> "provider " + provider.getId() + " at " + provider.getIssuer() + ": " + e);
      throw new SsoRefusal(Reason.UNAVAILABLE, provider.getId(), "discovery failed");
    }
  }
}
