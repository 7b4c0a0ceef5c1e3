package dk.tegn.lti;

/** Names from the LTI 1.3 Core, Assignment and Grade Services and Deep Linking specifications. */
public final class Lti {

  public static final String VERSION = "1.3.0";
  public static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
  public static final String MESSAGE_TYPE = CLAIM + "message_type";
  public static final String VERSION_CLAIM = CLAIM + "version";
  public static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
  public static final String TARGET_LINK_URI = CLAIM + "target_link_uri";
  public static final String RESOURCE_LINK = CLAIM + "resource_link";
  public static final String ROLES = CLAIM + "roles";
  public static final String CUSTOM = CLAIM + "custom";
  public static final String LAUNCH_PRESENTATION = CLAIM + "launch_presentation";
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String AGS_SCORE_SCOPE =
      "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String DL_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
  public static final String DL_CONTENT_ITEMS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  public static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
  public static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

  /** Custom parameters Tegn puts on the links it hands out through Deep Linking. */
  public static final String CUSTOM_COURSE = "tegn_course";

  public static final String CUSTOM_QUIZ = "tegn_quiz";

  private Lti() {}
}
