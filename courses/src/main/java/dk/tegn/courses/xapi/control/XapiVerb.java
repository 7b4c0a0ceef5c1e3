package dk.tegn.courses.xapi.control;

/**
 * The verbs Tegn states. ADL's vocabulary where it has the verb; a certificate is "earned" as in
 * the Open Badges xAPI vocabulary, and ADL has no verb for an expiry, so that one is Tegn's own.
 */
public enum XapiVerb {
  LAUNCHED("http://adlnet.gov/expapi/verbs/launched", "launched", "startede"),
  EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced", "experienced", "gennemgik"),
  ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted", "forsøgte"),
  ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered", "besvarede"),
  PASSED("http://adlnet.gov/expapi/verbs/passed", "passed", "bestod"),
  FAILED("http://adlnet.gov/expapi/verbs/failed", "failed", "bestod ikke"),
  COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed", "gennemførte"),
  EARNED("http://specification.openbadges.org/xapi/verbs/earned.json", "earned", "opnåede"),
  EXPIRED("https://tegn.dk/xapi/verbs/expired", "expired", "udløb");

  private final String id;
  private final String english;
  private final String danish;

  XapiVerb(String id, String english, String danish) {
    this.id = id;
    this.english = english;
    this.danish = danish;
  }

  public String id() {
    return id;
  }

  public String english() {
    return english;
  }

  public String danish() {
    return danish;
  }
}
