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

  /** The human-readable verify page, which the assertion names as its evidence. */
  public String verifyPage(String code) {
    return base + "/verify/" + code;
  }
}
