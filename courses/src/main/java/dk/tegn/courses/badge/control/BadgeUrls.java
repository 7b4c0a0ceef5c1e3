package dk.tegn.courses.badge.control;

/**
 * Where the badge objects of one Tegn installation live. Every id in a badge is one of these
 * addresses, so a verifier that fetches an id gets the object it names (hosted verification).
 *
 * @param base the installation's public address without a trailing slash, e.g. "https://tegn.dk"
 */
public record BadgeUrls(String base) {

  public BadgeUrls {
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String home() {
    return base + "/";
  }

  public String issuer(String organisationCode) {
    return base + "/badges/issuer/" + organisationCode;
  }

  public String revocations(String organisationCode) {
    return base + "/badges/revocations/" + organisationCode;
  }

  public String badgeClass(long courseId, int version) {
    return base + "/badges/class/" + courseId + "/" + version;
  }

  public String image(long courseId) {
    return base + "/badges/image/" + courseId + ".png";
  }

  public String assertion(String code) {
    return base + "/badges/assertion/" + code;
  }

  /** The Open Badges 3.0 credential of a certificate: a VC-JWT signed with Tegn's badge key. */
  public String credential(String code) {
    return base + "/badges/credential/" + code;
  }

  /** An organisation as an Open Badges 3.0 issuer profile. */
  public String profile(String organisationCode) {
    return base + "/badges/profile/" + organisationCode;
  }

  /** The public JWK a credential's header names (its kid), so a verifier can fetch it. */
  public String key(String keyId) {
    return base + "/badges/keys/" + keyId;
  }

  /** Every public key Tegn's badge credentials are signed with, as a JWK set. */
  public String keys() {
    return base + "/badges/keys";
  }

  /** The human-readable verify page, which the assertion names as its evidence. */
  public String verifyPage(String code) {
    return base + "/verify/" + code;
  }
}
