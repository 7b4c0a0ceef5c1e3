package dk.tegn.courses.badge.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.tegn.courses.badge.control.OpenBadges.Award;
import dk.tegn.courses.badge.control.OpenBadges.Badge;
import dk.tegn.courses.badge.control.OpenBadges.Issuer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.text.ParseException;
import java.util.Date;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential,
 * data model 2.0), secured as a VC-JWT the way Open Badges 3.0 section 8.2 asks: the credential is
 * the JWT payload, with {@code iss}, {@code jti}, {@code nbf} and {@code exp} taken from it, signed
 * RS256 with Tegn's badge key, whose public JWK the {@code kid} header names by address. It carries
 * the same facts as the Open Badges 2.0 assertion: the same salted e-mail hash, never the address.
 */
public final class OpenBadges3 {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB3_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final String SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  /** The media type of a credential secured as a JWT (VC-JOSE-COSE). */
  public static final String MEDIA_TYPE = "application/vc+jwt";

  private OpenBadges3() {}

  /** The issuer profile a credential embeds and {@link BadgeUrls#profile} publishes. */
  public static JsonObject profile(BadgeUrls urls, Issuer issuer) {
    return JSON.createObjectBuilder()
        .add("@context", contexts())
        .addAll(profileFields(urls, issuer))
        .build();
  }

  /** The unsigned credential of one award of a badge. */
  public static JsonObject credential(BadgeUrls urls, Issuer issuer, Award award, Badge badge) {
    JsonObject achievement =
        JSON.createObjectBuilder()
            .add("id", urls.badgeClass(badge.courseId(), badge.version()))
            .add("type", JSON.createArrayBuilder().add("Achievement"))
            .add("achievementType", "Certificate")
            .add("name", badge.name())
            .add("description", badge.description())
            .add("criteria", JSON.createObjectBuilder().add("narrative", badge.criteria()))
            .add(
                "image",
                JSON.createObjectBuilder()
                    .add("id", urls.image(badge.courseId()))
                    .add("type", "Image"))
            .add("inLanguage", badge.language())
            .build();
    JsonObject subject =
        JSON.createObjectBuilder()
            .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
            .add(
                "identifier",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("type", "IdentityObject")
                            .add("hashed", true)
                            .add(
                                "identityHash",
                                OpenBadges.identityHash(award.email(), award.salt()))
                            .add("identityType", "emailAddress")
                            .add("salt", award.salt())))
            .add("achievement", achievement)
            .build();
    JsonObjectBuilder credential =
        JSON.createObjectBuilder()
            .add("@context", contexts())
            .add("id", urls.credential(award.code()))
            .add(
                "type",
                JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
            .add("issuer", profileFields(urls, issuer))
            .add("name", badge.name())
            .add("validFrom", award.issuedOn().toString())
            .add("awardedDate", award.issuedOn().toString());
    if (award.expires() != null) {
      credential.add("validUntil", award.expires().toString());
    }
    return credential
        .add("credentialSubject", subject)
        .add(
            "evidence",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("id", urls.verifyPage(award.code()))
                        .add("type", JSON.createArrayBuilder().add("Evidence"))))
        .add(
            "credentialSchema",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("id", SCHEMA)
                        .add("type", "1EdTechJsonSchemaValidator2019")))
        .build();
  }

  /**
   * The credential as a compact VC-JWT signed with {@code key}; the header's {@code kid} is the
   * address of the key's public half.
   */
  public static String sign(JsonObject credential, RSAKey key, BadgeUrls urls) {
    try {
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder(JWTClaimsSet.parse(JSONObjectUtils.parse(credential.toString())))
              .issuer(credential.getJsonObject("issuer").getString("id"))
              .jwtID(credential.getString("id"))
              .notBeforeTime(date(credential.getString("validFrom")));
      if (credential.containsKey("validUntil")) {
        claims.expirationTime(date(credential.getString("validUntil")));
      }
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(urls.key(key.getKeyID()))
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("could not sign a badge credential", e);
    }
  }

  private static JsonObjectBuilder profileFields(BadgeUrls urls, Issuer issuer) {
    return JSON.createObjectBuilder()
        .add("id", urls.profile(issuer.code()))
        .add("type", JSON.createArrayBuilder().add("Profile"))
        .add("name", issuer.name())
        .add("url", urls.home())
        .add("email", issuer.email());
  }

  private static JsonArray contexts() {
    return JSON.createArrayBuilder().add(VC_CONTEXT).add(OB3_CONTEXT).build();
  }

  private static Date date(String instant) {
    return Date.from(java.time.Instant.parse(instant));
  }
}
