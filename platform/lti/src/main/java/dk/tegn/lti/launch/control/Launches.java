package dk.tegn.lti.launch.control;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseCatalogue;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.lti.Lti;
import dk.tegn.lti.deeplink.entity.DeepLinkRequest;
import dk.tegn.lti.launch.entity.LinkMember;
import dk.tegn.lti.launch.entity.LoginState;
import dk.tegn.lti.launch.entity.LtiUser;
import dk.tegn.lti.launch.entity.ResourceLink;
import dk.tegn.lti.launch.entity.TargetKind;
import dk.tegn.lti.registration.control.Registrations;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two steps of an LTI 1.3 launch (OIDC third-party initiated login): {@link #initiate} answers
 * the platform's login initiation with an authentication request carrying a fresh state and nonce;
 * {@link #launch} checks the id_token the platform posts back and everything in it before anyone is
 * signed in. Every refusal is audited with its reason and burns the state it came with.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LaunchRefusedException.class)
public class Launches {

  /** What a verified launch leads to. */
  public sealed interface Outcome {}

  /** Sign the person in with {@code credential} and open {@code path} (inside Tegn). */
  public record SignIn(LtiCredential credential, String path) implements Outcome {}

  /**
   * The answer to a login initiation: the authentication request (an address at the platform) and
   * the state it carries, which the browser must bring back with the launch.
   */
  public record Initiation(String redirect, String state) {}

  /** Show the teacher the picker for the deep linking request {@code code}. */
  public record DeepLink(String code, String locale) implements Outcome {}

  private static final String USERNAME = "[A-Za-z0-9._-]{1,80}";
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}";

  @PersistenceContext EntityManager em;
  @Inject Registrations registrations;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject AccountDirectory accounts;
  @Inject PasswordHasher hasher;
  @Inject CourseCatalogue catalogue;

  /**
   * The authentication request for a login initiation, with a fresh state and nonce.
   *
   * @param launchUrl Tegn's launch address, where the platform posts the id_token
   */
  public Initiation initiate(
      String issuer,
      String loginHint,
      String messageHint,
      String clientId,
      String deploymentId,
      String launchUrl) {
    if (blank(issuer) || blank(loginHint)) {
      throw refuse("malformed", null, "login initiation without iss or login_hint");
    }
    LtiPlatform platform =
        registrations
            .byIssuerAndClient(issuer, blank(clientId) ? null : clientId)
            .orElseThrow(() -> refuse("unknownPlatform", null, "no registration"));
    if (!platform.isEnabled()) {
      throw refuse("disabled", platform.getId(), null);
    }
    if (!blank(deploymentId) && !platform.hasDeployment(deploymentId)) {
      throw refuse("deployment", platform.getId(), "login initiation");
    }
    LoginState state =
        new LoginState(
            RandomCodes.urlSafe(32), RandomCodes.urlSafe(32), platform.getId(), clock.now());
    em.persist(state);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("scope", "openid");
    query.put("response_type", "id_token");
    query.put("response_mode", "form_post");
    query.put("prompt", "none");
    query.put("client_id", platform.getClientId());
    query.put("redirect_uri", launchUrl);
    query.put("login_hint", loginHint);
    if (!blank(messageHint)) {
      query.put("lti_message_hint", messageHint);
    }
    query.put("state", state.getState());
    query.put("nonce", state.getNonce());
    String auth = platform.getAuthLoginUrl();
    return new Initiation(
        auth
            + (auth.contains("?") ? "&" : "?")
            + query.entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")),
        state.getState());
  }

  /**
   * Checks the id_token of a launch and carries it out; throws {@link LaunchRefusedException}.
   *
   * @param browserStarted whether the browser that posts the launch carries the cookie Tegn set for
   *     this state at the login initiation; a launch started in another browser (login CSRF: an
   *     attacker's own launch posted from the victim's browser) is refused and burns the state
   */
  public Outcome launch(String idToken, String stateValue, boolean browserStarted) {
    if (blank(idToken) || blank(stateValue) || stateValue.length() > 64) {
      throw refuse("malformed", null, "launch without id_token or state");
    }
    LoginState state = em.find(LoginState.class, stateValue, LockModeType.PESSIMISTIC_WRITE);
    if (state == null) {
      throw refuse("state", null, "unknown state");
    }
    Long platformId = state.getPlatformId();
    if (state.isUsed()) {
      throw refuse("replayed", platformId, "state used before");
    }
    Instant now = clock.now();
    state.use(now);
    if (!browserStarted) {
      throw refuse("browser", platformId, "state not started in this browser");
    }
    if (state.isExpired(now)) {
      throw refuse("expired", platformId, "state");
    }
    LtiPlatform platform =
        registrations
            .trusted(platformId)
            .filter(LtiPlatform::isEnabled)
            .orElseThrow(() -> refuse("disabled", platformId, null));
    JWTClaimsSet claims;
    try {
      claims =
          PlatformKeys.verify(
              idToken,
              platform.getJwksUrl(),
              platform.getIssuer(),
              platform.getClientId(),
              platformId,
              now.getEpochSecond());
    } catch (LaunchRefusedException refused) {
      throw audited(refused);
    }
    String nonce = string(claims, "nonce");
    if (!state.getNonce().equals(nonce)) {
      boolean replay =
          !em.createQuery("select s from LoginState s where s.nonce = :nonce", LoginState.class)
              .setParameter("nonce", nonce)
              .getResultList()
              .isEmpty();
      throw refuse(replay ? "replayed" : "nonce", platformId, "nonce");
    }
    String deploymentId = string(claims, Lti.DEPLOYMENT_ID);
    if (!platform.hasDeployment(deploymentId)) {
      throw refuse("deployment", platformId, "id_token");
    }
    if (!Lti.VERSION.equals(string(claims, Lti.VERSION_CLAIM))) {
      throw refuse("version", platformId, string(claims, Lti.VERSION_CLAIM));
    }
    String type = string(claims, Lti.MESSAGE_TYPE);
    if (Lti.RESOURCE_LINK_REQUEST.equals(type)) {
      return resourceLink(platform, claims, now);
    }
    if (Lti.DEEP_LINKING_REQUEST.equals(type)) {
      return deepLink(platform, deploymentId, claims, now);
    }
    throw refuse("messageType", platformId, type);
  }

  /**
   * Forgets login states and deep linking requests older than a day: by then every id_token that
   * could use them has expired (a launch older than an hour is refused by its issue time).
   */
  public int forgetOld() {
    Instant before = clock.now().minus(java.time.Duration.ofDays(1));
    return em.createNamedQuery("LoginState.deleteOlderThan")
            .setParameter("before", before)
            .executeUpdate()
        + em.createQuery("delete from DeepLinkRequest d where d.createdAt < :before")
            .setParameter("before", before)
            .executeUpdate();
  }

  private SignIn resourceLink(LtiPlatform platform, JWTClaimsSet claims, Instant now) {
    Map<String, Object> linkClaim = object(claims, Lti.RESOURCE_LINK);
    String linkId = linkClaim == null ? null : Objects.toString(linkClaim.get("id"), null);
    if (blank(linkId) || linkId.length() > 255) {
      throw refuse("malformed", platform.getId(), "resource_link.id");
    }
    ResourceLink link =
        em.createNamedQuery("ResourceLink.find", ResourceLink.class)
            .setParameter("platformId", platform.getId())
            .setParameter("resourceLinkId", linkId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Target target = target(claims, link, platform.getId());
    Map<String, Object> ags = object(claims, Lti.AGS_ENDPOINT);
    String lineitem = ags == null ? null : Objects.toString(ags.get("lineitem"), null);
    boolean scoreScope =
        ags != null
            && ags.get("scope") instanceof List<?> scopes
            && scopes.contains(Lti.AGS_SCORE_SCOPE);
    if (link == null) {
      link = new ResourceLink(platform.getId(), linkId, target.kind(), target.id(), now);
      em.persist(link);
    }
    link.retarget(
        target.kind(),
        target.id(),
        lineitem != null && lineitem.length() <= 1000 ? lineitem : null,
        scoreScope);
    em.flush();

    String subject = string(claims, "sub");
    if (blank(subject) || subject.length() > 255) {
      throw refuse("malformed", platform.getId(), "sub");
    }
    Account account = account(platform, subject, claims, now);
    LtiUser user = user(platform.getId(), subject).orElseThrow();
    LinkMember member =
        em.createNamedQuery("LinkMember.find", LinkMember.class)
            .setParameter("linkId", link.getId())
            .setParameter("ltiUserId", user.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (member == null) {
      em.persist(new LinkMember(link.getId(), user.getId(), account.getId(), now));
    } else {
      member.launchedAgain(now);
    }
    String path;
    if (target.kind() == TargetKind.COURSE) {
      catalogue.enrolOnBehalf(account.getId(), target.id());
      path = "/courses/learn/player.xhtml?course=" + target.id();
    } else {
      path = "/assessments/take/quiz.xhtml?id=" + target.id();
    }
    audit.record(
        account.getId(),
        "lti.launch",
        "lti_resource_link",
        link.getId(),
        dk.tegn.core.audit.Outcome.ALLOWED,
        "platform " + platform.getId());
    return new SignIn(new LtiCredential(account.getUsername()), path);
  }

  private record Target(TargetKind kind, long id) {}

  /**
   * What the link opens: the custom parameter Tegn put on it through Deep Linking (or that the
   * platform's admin typed), else what the link opened before.
   */
  private Target target(JWTClaimsSet claims, ResourceLink known, long platformId) {
    Map<String, Object> custom = object(claims, Lti.CUSTOM);
    String course = custom == null ? null : Objects.toString(custom.get(Lti.CUSTOM_COURSE), null);
    String quiz = custom == null ? null : Objects.toString(custom.get(Lti.CUSTOM_QUIZ), null);
    try {
      if (!blank(course)) {
        long id = Long.parseLong(course.trim());
        if (catalogue.published(id, "en").isPresent()) {
          return new Target(TargetKind.COURSE, id);
        }
      } else if (!blank(quiz)) {
        long id = Long.parseLong(quiz.trim());
        if (catalogue.courseOfQuiz(id, "en").isPresent()) {
          return new Target(TargetKind.QUIZ, id);
        }
      } else if (known != null) {
        return new Target(known.getTargetKind(), known.getTargetId());
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw refuse("noTarget", platformId, "custom " + Lti.CUSTOM_COURSE + "/" + Lti.CUSTOM_QUIZ);
  }

  /** The account linked to the platform's user; made at the first launch, described at each. */
  private Account account(LtiPlatform platform, String subject, JWTClaimsSet claims, Instant now) {
    String name = displayName(claims);
    String email =
        Optional.ofNullable(string(claims, "email")).filter(e -> e.matches(EMAIL)).orElse(null);
    Optional<LtiUser> known = user(platform.getId(), subject);
    if (known.isPresent()) {
      Account account = accounts.account(known.get().getAccountId());
      account.describe(name, email);
      return account;
    }
    String base =
        "lti-"
            + platform.getId()
            + "-"
            + (subject.matches(USERNAME) ? subject : RandomCodes.hex(8));
    String username = base;
    while (accounts.findByUsername(username).isPresent()) {
      username = base + "-" + RandomCodes.hex(3);
    }
    // no password signs in to this account: only launches do (the hash is of a secret nobody has)
    Account account =
        accounts.createHashed(
            username,
            name,
            email,
            platform.getOrganisationId(),
            hasher.hash(RandomCodes.urlSafe(32)),
            List.of(Role.TRAINEE));
    language(claims).ifPresent(account::chooseLocale);
    em.persist(new LtiUser(platform.getId(), subject, account.getId(), now));
    em.flush();
    audit.record(
        account.getId(),
        "lti.account.create",
        "account",
        account.getId(),
        dk.tegn.core.audit.Outcome.ALLOWED,
        "platform " + platform.getId());
    return account;
  }

  private Optional<LtiUser> user(long platformId, String subject) {
    return em.createNamedQuery("LtiUser.find", LtiUser.class)
        .setParameter("platformId", platformId)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  private DeepLink deepLink(
      LtiPlatform platform, String deploymentId, JWTClaimsSet claims, Instant now) {
    Map<String, Object> settings = object(claims, Lti.DL_SETTINGS);
    String returnUrl =
        settings == null ? null : Objects.toString(settings.get("deep_link_return_url"), null);
    if (blank(returnUrl) || !returnUrl.matches("https?://[^\\s]{1,990}")) {
      throw refuse("malformed", platform.getId(), "deep_link_return_url");
    }
    Object dataValue = settings.get("data");
    String data =
        dataValue == null
            ? null
            : dataValue instanceof Map<?, ?> json
                ? com.nimbusds.jose.util.JSONObjectUtils.toJSONString(castMap(json))
                : dataValue.toString();
    if (data != null && data.length() > 2000) {
      throw refuse("malformed", platform.getId(), "data");
    }
    String locale = language(claims).orElse(ContentLanguages.DEFAULT);
    DeepLinkRequest request =
        new DeepLinkRequest(
            RandomCodes.urlSafe(32), platform.getId(), deploymentId, returnUrl, data, locale, now);
    em.persist(request);
    audit.record(
        null,
        "lti.deepLink.request",
        "lti_platform",
        platform.getId(),
        dk.tegn.core.audit.Outcome.ALLOWED,
        null);
    return new DeepLink(request.getCode(), locale);
  }

  /** The launch's language (launch_presentation.locale), when Tegn speaks it. */
  private static Optional<String> language(JWTClaimsSet claims) {
    Map<String, Object> presentation = object(claims, Lti.LAUNCH_PRESENTATION);
    Object locale = presentation == null ? null : presentation.get("locale");
    if (locale == null) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(locale.toString().replace('_', '-')).getLanguage();
    return ContentLanguages.isSupported(language) ? Optional.of(language) : Optional.empty();
  }

  private static String displayName(JWTClaimsSet claims) {
    String name = string(claims, "name");
    if (blank(name)) {
      name =
          (Objects.toString(string(claims, "given_name"), "")
                  + " "
                  + Objects.toString(string(claims, "family_name"), ""))
              .trim();
    }
    if (blank(name)) {
      name = "LTI";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private static String string(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String s ? s : null;
  }

  private static Map<String, Object> object(JWTClaimsSet claims, String name) {
    try {
      return claims.getJSONObjectClaim(name);
    } catch (ParseException notAnObject) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> castMap(Map<?, ?> json) {
    return (Map<String, ?>) json;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private LaunchRefusedException refuse(String reason, Long platformId, String detail) {
    return audited(new LaunchRefusedException(reason, platformId, detail));
  }

  private LaunchRefusedException audited(LaunchRefusedException refused) {
    audit.record(
        null,
        "lti.launch",
        "lti_platform",
        refused.platformId(),
        dk.tegn.core.audit.Outcome.REFUSED,
        refused.reason());
    return refused;
  }
}
