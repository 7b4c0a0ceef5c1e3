package dk.tegn.courses.badge.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Open Badges 2.0 objects (JSON-LD, hosted verification) of Tegn's certificates: an issuer
 * profile per organisation, a badge class per published course version, an assertion per
 * certificate, and what a withdrawn certificate's assertion and its issuer's revocation list say.
 */
public final class OpenBadges {

  public static final String CONTEXT = "https://w3id.org/openbadges/v2";

  /** An organisation that issues badges for the courses it owns. */
  public record Issuer(String code, String name, String email) {}

  /** A published course version as a badge, its texts in {@code language}. */
  public record Badge(
      long courseId,
      int version,
      String language,
      String name,
      String description,
      String criteria) {}

  /** One certificate as an award of a badge to the holder of {@code email}. */
  public record Award(String code, String email, String salt, Instant issuedOn, Instant expires) {}

  /** A withdrawn certificate, as its issuer's revocation list names it. */
  public record Revoked(String code, String reason) {}

  private OpenBadges() {}

  public static JsonObject issuer(BadgeUrls urls, Issuer issuer) {
    return object("Issuer", urls.issuer(issuer.code()))
        .add("name", issuer.name())
        .add("url", urls.home())
        .add("email", issuer.email())
        .add("revocationList", urls.revocations(issuer.code()))
        .build();
  }

  public static JsonObject badgeClass(BadgeUrls urls, Badge badge, Issuer issuer) {
    return object("BadgeClass", urls.badgeClass(badge.courseId(), badge.version()))
        .add("@language", badge.language())
        .add("name", badge.name())
        .add("description", badge.description())
        .add("image", urls.image(badge.courseId()))
        .add("criteria", JSON.createObjectBuilder().add("narrative", badge.criteria()))
        .add("issuer", urls.issuer(issuer.code()))
        .build();
  }

  public static JsonObject assertion(BadgeUrls urls, Award award, Badge badge) {
    JsonObjectBuilder assertion =
        object("Assertion", urls.assertion(award.code()))
            .add(
                "recipient",
                JSON.createObjectBuilder()
                    .add("type", "email")
                    .add("hashed", true)
                    .add("salt", award.salt())
                    .add("identity", identityHash(award.email(), award.salt())))
            .add("badge", urls.badgeClass(badge.courseId(), badge.version()))
            .add("verification", JSON.createObjectBuilder().add("type", "hosted"))
            .add("issuedOn", award.issuedOn().toString())
            .add("evidence", urls.verifyPage(award.code()));
    if (award.expires() != null) {
      assertion.add("expires", award.expires().toString());
    }
    return assertion.build();
  }

  /**
   * A withdrawn certificate's hosted assertion: only id and revoked are required, and nothing about
   * the holder is published any more.
   */
  public static JsonObject revokedAssertion(BadgeUrls urls, Revoked revoked) {
    return object("Assertion", urls.assertion(revoked.code()))
        .add("revoked", true)
        .add("revocationReason", revoked.reason())
        .build();
  }

  public static JsonObject revocationList(BadgeUrls urls, Issuer issuer, List<Revoked> revoked) {
    JsonArrayBuilder assertions = JSON.createArrayBuilder();
    for (Revoked r : revoked) {
      assertions.add(
          JSON.createObjectBuilder()
              .add("id", urls.assertion(r.code()))
              .add("revocationReason", r.reason()));
    }
    return object("RevocationList", urls.revocations(issuer.code()))
        .add("issuer", urls.issuer(issuer.code()))
        .add("revokedAssertions", assertions)
        .build();
  }

  /**
   * {@code sha256$} and the hex SHA-256 of the address followed by the salt, as Open Badges hashes
   * an identity. The address is trimmed and lower-cased first, as mail systems treat addresses.
   */
  public static String identityHash(String email, String salt) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String identity = email.strip().toLowerCase(Locale.ROOT) + salt;
      return "sha256$"
          + HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static JsonObjectBuilder object(String type, String id) {
    return JSON.createObjectBuilder().add("@context", CONTEXT).add("type", type).add("id", id);
  }
}
