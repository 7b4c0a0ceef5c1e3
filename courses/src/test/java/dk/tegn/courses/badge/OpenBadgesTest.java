package dk.tegn.courses.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.badge.control.BadgeUrls;
import dk.tegn.courses.badge.control.OpenBadges;
import dk.tegn.courses.badge.control.OpenBadges.Award;
import dk.tegn.courses.badge.control.OpenBadges.Badge;
import dk.tegn.courses.badge.control.OpenBadges.Issuer;
import dk.tegn.courses.badge.control.OpenBadges.Revoked;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenBadgesTest {

  static final BadgeUrls URLS = new BadgeUrls("https://tegn.example.dk/tegn/");
  static final Issuer ISSUER = new Issuer("cmm", "Center mod Menneskehandel", "tegn@example.dk");
  static final Badge BADGE =
      new Badge(7, 2, "da", "Menneskehandel — tegnene", "Kend tegnene.", "Alle dele gennemført.");
  static final String SALT = "0123456789abcdef0123456789abcdef";
  static final Award AWARD =
      new Award(
          "ABCDE-FGHJK-MNPQR-STVWX",
          " Cadet@Example.org ",
          SALT,
          Instant.parse("2026-11-23T10:00:00Z"),
          Instant.parse("2028-11-23T10:00:00Z"));

  @Test
  void anAssertionIsAValidHostedOpenBadgeWithASaltedHashOfTheAddress() {
    JsonObject assertion = OpenBadges.assertion(URLS, AWARD, BADGE);
    assertEquals(List.of(), OpenBadgesSchemas.problems("Assertion", assertion.toString()));
    assertEquals(
        "https://tegn.example.dk/tegn/badges/assertion/ABCDE-FGHJK-MNPQR-STVWX",
        assertion.getString("id"));
    JsonObject recipient = assertion.getJsonObject("recipient");
    assertTrue(recipient.getBoolean("hashed"));
    assertEquals(SALT, recipient.getString("salt"));
    // sha256("cadet@example.org" + salt), computed outside Java
    assertEquals(
        "sha256$d8b1cb9d01159692d529f85eb8872a1ab68a8f1d4d6af179119c08650fa384c5",
        recipient.getString("identity"));
    assertFalse(assertion.toString().contains("example.org"), "the address is never published");
    assertEquals("https://tegn.example.dk/tegn/badges/class/7/2", assertion.getString("badge"));
    assertEquals("hosted", assertion.getJsonObject("verification").getString("type"));
    assertEquals("2028-11-23T10:00:00Z", assertion.getString("expires"));
  }

  @Test
  void aCertificateThatNeverExpiresHasNoExpiry() {
    Award forever = new Award(AWARD.code(), AWARD.email(), SALT, AWARD.issuedOn(), null);
    JsonObject assertion = OpenBadges.assertion(URLS, forever, BADGE);
    assertEquals(List.of(), OpenBadgesSchemas.problems("Assertion", assertion.toString()));
    assertFalse(assertion.containsKey("expires"));
  }

  @Test
  void badgeClassIssuerAndRevocationListAreValid() {
    JsonObject badgeClass = OpenBadges.badgeClass(URLS, BADGE, ISSUER);
    assertEquals(List.of(), OpenBadgesSchemas.problems("BadgeClass", badgeClass.toString()));
    assertEquals("https://tegn.example.dk/tegn/badges/issuer/cmm", badgeClass.getString("issuer"));
    assertEquals("https://tegn.example.dk/tegn/badges/image/7.png", badgeClass.getString("image"));

    JsonObject issuer = OpenBadges.issuer(URLS, ISSUER);
    assertEquals(List.of(), OpenBadgesSchemas.problems("Issuer", issuer.toString()));

    JsonObject list =
        OpenBadges.revocationList(URLS, ISSUER, List.of(new Revoked(AWARD.code(), "Fejl")));
    assertEquals(List.of(), OpenBadgesSchemas.problems("RevocationList", list.toString()));
    assertEquals(
        AWARD.code(),
        list.getJsonArray("revokedAssertions")
            .getJsonObject(0)
            .getString("id")
            .replaceFirst(".*/", ""));
  }

  @Test
  void aRevokedAssertionSaysSoWithTheReasonAndNothingAboutTheHolder() {
    JsonObject revoked = OpenBadges.revokedAssertion(URLS, new Revoked(AWARD.code(), "Fejl"));
    assertEquals(List.of(), OpenBadgesSchemas.problems("RevokedAssertion", revoked.toString()));
    assertTrue(revoked.getBoolean("revoked"));
    assertEquals("Fejl", revoked.getString("revocationReason"));
    assertFalse(revoked.containsKey("recipient"));
  }

  @Test
  void theSchemasRefuseWhatTheSpecificationForbids() {
    JsonObject assertion = OpenBadges.assertion(URLS, AWARD, BADGE);
    String noRecipient = Json.createObjectBuilder(assertion).remove("recipient").build().toString();
    assertFalse(OpenBadgesSchemas.problems("Assertion", noRecipient).isEmpty());
    String plainHash =
        Json.createObjectBuilder(assertion)
            .add(
                "recipient",
                Json.createObjectBuilder(assertion.getJsonObject("recipient"))
                    .add("identity", "d8b1cb9d"))
            .build()
            .toString();
    assertFalse(OpenBadgesSchemas.problems("Assertion", plainHash).isEmpty());
    String unknownTerm =
        Json.createObjectBuilder(assertion).add("issueDate", "2026-11-23").build().toString();
    assertFalse(OpenBadgesSchemas.problems("Assertion", unknownTerm).isEmpty());
    String issuerWithoutEmail =
        Json.createObjectBuilder(OpenBadges.issuer(URLS, ISSUER))
            .remove("email")
            .build()
            .toString();
    assertFalse(OpenBadgesSchemas.problems("Issuer", issuerWithoutEmail).isEmpty());
  }
}
