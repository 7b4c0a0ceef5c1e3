package dk.tegn.lti.key.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.lti.key.entity.ToolKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tegn's RSA key pair for LTI, made on first use with Nimbus (2048 bits, RS256). Platforms fetch
 * the public half from {@code /lti/jwks} to check what Tegn signs: client assertions for grade book
 * tokens and Deep Linking responses.
 */
@ApplicationScoped
@Transactional
public class ToolKeys {

  private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());

  @PersistenceContext EntityManager em;
  @Inject KeySealer sealer;
  @Inject PlatformClock clock;

  private volatile RSAKey signing;

  /** The key pair Tegn signs with now: the newest one whose private half opens. */
  public RSAKey signingKey() {
    RSAKey key = signing;
    if (key == null) {
      synchronized (this) {
        if (signing == null) {
          signing = loadOrCreate();
        }
        key = signing;
      }
    }
    return key;
  }

  /** Every active public key, as platforms expect it at the tool's JWKS address. */
  public JWKSet publicKeys() {
    signingKey();
    List<JWK> keys = new ArrayList<>();
    for (ToolKey k : active()) {
      try {
        keys.add(JWK.parse(k.getPublicJwk()));
      } catch (ParseException e) {
        LOG.warning(() -> "LTI key " + k.getKid() + " has an unreadable public JWK");
      }
    }
    return new JWKSet(keys);
  }

  /** Signs the claims as a JWT with Tegn's key; the header names the key and the JWT type. */
  public String sign(JWTClaimsSet claims) {
    RSAKey key = signingKey();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign with the LTI key", e);
    }
  }

  private List<ToolKey> active() {
    return em.createNamedQuery("ToolKey.findActive", ToolKey.class)
        .setMaxResults(10)
        .getResultList();
  }

  private RSAKey loadOrCreate() {
    for (ToolKey stored : active()) {
      try {
        byte[] jwk = sealer.open(stored.getPrivateSealed(), context(stored.getKid()));
        return RSAKey.parse(new String(jwk, StandardCharsets.UTF_8));
      } catch (GeneralSecurityException | ParseException e) {
        // the keyset that sealed it is gone: a key nobody can sign with is no longer published
        LOG.warning(() -> "LTI key " + stored.getKid() + " cannot be opened; retiring it");
        stored.retire();
      }
    }
    try {
      RSAKey generated =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyID(RandomCodes.urlSafe(16))
              .generate();
      byte[] sealed =
          sealer.seal(
              generated.toJSONString().getBytes(StandardCharsets.UTF_8),
              context(generated.getKeyID()));
      em.persist(
          new ToolKey(
              generated.getKeyID(), generated.toPublicJWK().toJSONString(), sealed, clock.now()));
      em.flush();
      LOG.info(() -> "generated Tegn's LTI key " + generated.getKeyID());
      return generated;
    } catch (JOSEException | GeneralSecurityException e) {
      throw new IllegalStateException("could not generate Tegn's LTI key", e);
    }
  }

  private static String context(String kid) {
    return "lti_tool_key/" + kid;
  }
}
