package dk.tegn.lti.deeplink.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseCatalogue;
import dk.tegn.lti.Lti;
import dk.tegn.lti.deeplink.entity.DeepLinkRequest;
import dk.tegn.lti.key.control.ToolKeys;
import dk.tegn.lti.launch.control.LaunchRefusedException;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A teacher's pick for a Deep Linking request, answered as a signed LtiDeepLinkingResponse: one LTI
 * resource link whose custom parameter names the Tegn course or quiz, with a grade book column
 * (line item, 0..100) for its score.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LaunchRefusedException.class)
public class DeepLinking {

  /** What the picker shows: the platform and what may be linked. */
  public record Choice(String platformName, List<CourseCatalogue.Entry> courses) {}

  /** The answer: a form the browser posts to the platform's return address. */
  public record Answer(String returnUrl, String jwt) {}

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject CourseCatalogue catalogue;
  @Inject ToolKeys keys;
  @Inject AuditLog audit;

  /** The choice for an open request; refused ("deepLink") when the code is unknown or used. */
  public Choice open(String code, String language) {
    DeepLinkRequest request = request(code, false);
    LtiPlatform platform = em.find(LtiPlatform.class, request.getPlatformId());
    return new Choice(platform.getName(), catalogue.published(language));
  }

  /**
   * Answers the request with the picked target ({@code course:12} or {@code quiz:5}).
   *
   * @param launchUrl Tegn's launch address, the url of the content item
   */
  public Answer answer(String code, String target, String launchUrl, String language) {
    DeepLinkRequest request = request(code, true);
    LtiPlatform platform = em.find(LtiPlatform.class, request.getPlatformId());
    String[] parts = target == null ? new String[0] : target.split(":", 2);
    Map<String, Object> custom = new LinkedHashMap<>();
    String title;
    try {
      long id = Long.parseLong(parts.length == 2 ? parts[1] : "x");
      if ("course".equals(parts[0])) {
        title = catalogue.published(id, language).orElseThrow().title();
        custom.put(Lti.CUSTOM_COURSE, String.valueOf(id));
      } else if ("quiz".equals(parts[0])) {
        title =
            catalogue.courseOfQuiz(id, language).orElseThrow().quizzes().stream()
                .filter(q -> q.quizId() == id)
                .findFirst()
                .orElseThrow()
                .title();
        custom.put(Lti.CUSTOM_QUIZ, String.valueOf(id));
      } else {
        throw new IllegalArgumentException(target);
      }
    } catch (RuntimeException e) {
      throw refuse("noTarget", platform.getId());
    }
    Map<String, Object> lineItem = new LinkedHashMap<>();
    lineItem.put("scoreMaximum", 100);
    lineItem.put("label", title);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "ltiResourceLink");
    item.put("title", title);
    item.put("url", launchUrl);
    item.put("custom", custom);
    item.put("lineItem", lineItem);
    Instant now = clock.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(platform.getClientId())
            .audience(platform.getIssuer())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .jwtID(RandomCodes.urlSafe(16))
            .claim("nonce", RandomCodes.urlSafe(16))
            .claim(Lti.MESSAGE_TYPE, Lti.DEEP_LINKING_RESPONSE)
            .claim(Lti.VERSION_CLAIM, Lti.VERSION)
            .claim(Lti.DEPLOYMENT_ID, request.getDeploymentId())
            .claim(Lti.DL_CONTENT_ITEMS, List.of(item));
    if (request.getData() != null) {
      claims.claim(Lti.DL_DATA, dataClaim(request.getData()));
    }
    request.use(now);
    audit.record(
        null, "lti.deepLink.answer", "lti_platform", platform.getId(), Outcome.ALLOWED, target);
    return new Answer(request.getReturnUrl(), keys.sign(claims.build()));
  }

  /** The data claim goes back as the platform sent it: a string, or JSON it may have used. */
  private static Object dataClaim(String data) {
    try {
      return data.startsWith("{") ? JSONObjectUtils.parse(data) : data;
    } catch (ParseException e) {
      return data;
    }
  }

  private DeepLinkRequest request(String code, boolean lock) {
    DeepLinkRequest request =
        code == null || code.length() > 64
            ? null
            : lock
                ? em.find(DeepLinkRequest.class, code, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DeepLinkRequest.class, code);
    if (request == null || !request.isOpen(clock.now())) {
      throw refuse("deepLink", request == null ? null : request.getPlatformId());
    }
    return request;
  }

  private LaunchRefusedException refuse(String reason, Long platformId) {
    audit.record(null, "lti.deepLink.answer", "lti_platform", platformId, Outcome.REFUSED, reason);
    return new LaunchRefusedException(reason, platformId, null);
  }
}
