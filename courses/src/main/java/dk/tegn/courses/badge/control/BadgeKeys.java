package dk.tegn.courses.badge.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.security.SecretFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tegn's RSA key pair (2048 bits, RS256, made with Nimbus) that signs Open Badges 3.0 credentials.
 * Its public half is published at {@link BadgeUrls#keys()} and {@link BadgeUrls#key}, which every
 * credential's header names, so anyone can verify a credential without asking Tegn's database.
 *
 * <p>The private JWK comes from {@code tegn.badges.key} (from a secret store), else from the file
 * {@code tegn.badges.key.file}, else from {@code badge-key.json} beside intake's keyset file (the
 * embedded default's data folder), else {@code ~/.tegn/badge-key.json}; a missing file is made
 * once, readable by its owner only. Every node of an installation must share it, like the keysets.
 */
@ApplicationScoped
public class BadgeKeys {

  private static final Logger LOG = Logger.getLogger(BadgeKeys.class.getName());

  @Inject
  @ConfigProperty(name = "tegn.badges.key")
  Optional<String> inline;

  @Inject
  @ConfigProperty(name = "tegn.badges.key.file")
  Optional<String> file;

  @Inject
  @ConfigProperty(name = "tegn.intake.keyset.file")
  Optional<String> intakeFile;

  private volatile RSAKey signing;

  /** For tests outside a container: a new key of its own. */
  public static BadgeKeys withNewKey() {
    BadgeKeys keys = new BadgeKeys();
    keys.signing = generate();
    return keys;
  }

  /** The key pair credentials are signed with. */
  public RSAKey signingKey() {
    RSAKey key = signing;
    if (key == null) {
      synchronized (this) {
        if (signing == null) {
          signing = load();
        }
        key = signing;
      }
    }
    return key;
  }

  /** The public keys a verifier may meet in a credential's header, as a JWK set. */
  public JWKSet publicKeys() {
    return new JWKSet(signingKey().toPublicJWK());
  }

  /** The public half of the key named {@code keyId}, if it is one of Tegn's. */
  public Optional<RSAKey> publicKey(String keyId) {
    RSAKey key = signingKey();
    return key.getKeyID().equals(keyId) ? Optional.of(key.toPublicJWK()) : Optional.empty();
  }

  private RSAKey load() {
    Optional<String> configured = inline.filter(s -> !s.isBlank());
    try {
      if (configured.isPresent()) {
        return privateKey(configured.get());
      }
      Path path = SecretFiles.location(file, intakeFile, "badge-key.json");
      if (Files.exists(path)) {
        return privateKey(Files.readString(path, StandardCharsets.UTF_8));
      }
      RSAKey generated = generate();
      if (!SecretFiles.writeOwnerOnlyIfAbsent(path, generated.toJSONString())) {
        return privateKey(Files.readString(path, StandardCharsets.UTF_8)); // another node's
      }
      LOG.warning(() -> "generated Tegn's badge key in " + path + "; back it up with the database");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write the badge key", e);
    }
  }

  private static RSAKey privateKey(String json) {
    try {
      RSAKey key = RSAKey.parse(json);
      if (!key.isPrivate()) {
        throw new IllegalStateException("the badge key has no private half");
      }
      return key;
    } catch (ParseException e) {
      // the message of a parse failure could echo key material: keep only the type
      throw new IllegalStateException("the badge key is not an RSA JWK", null);
    }
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID(RandomCodes.urlSafe(16))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not generate Tegn's badge key", e);
    }
  }
}
