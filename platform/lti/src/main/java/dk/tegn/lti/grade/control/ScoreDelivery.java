package dk.tegn.lti.grade.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.lti.Lti;
import dk.tegn.lti.grade.entity.Score;
import dk.tegn.lti.launch.entity.LinkMember;
import dk.tegn.lti.launch.entity.LtiUser;
import dk.tegn.lti.launch.entity.ResourceLink;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Posts due scores to the line items of their links ({@code <lineitem>/scores}, AGS 2.0), each in
 * its own transaction so that one platform being down does not hold up the others.
 */
@ApplicationScoped
public class ScoreDelivery {

  private static final Logger LOG = Logger.getLogger(ScoreDelivery.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject PlatformTokens tokens;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public List<Long> due(int max) {
    return em.createNamedQuery("Score.findDue", Score.class)
        .setParameter("now", clock.now())
        .setMaxResults(max)
        .getResultStream()
        .map(Score::getId)
        .toList();
  }

  /** Returns true when the platform took the score now. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean deliver(long id) {
    // the row lock keeps two nodes of a cluster from posting the same score twice
    Score score = em.find(Score.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (score == null || score.isSent() || score.getNextAttemptAt().isAfter(clock.now())) {
      return false;
    }
    LinkMember member = em.find(LinkMember.class, score.getLinkMemberId());
    ResourceLink link = em.find(ResourceLink.class, member.getLinkId());
    LtiUser user = em.find(LtiUser.class, member.getLtiUserId());
    LtiPlatform platform = em.find(LtiPlatform.class, link.getPlatformId());
    try {
      String token = tokens.token(platform, Lti.AGS_SCORE_SCOPE);
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(scoresUrl(link.getLineitemUrl()))
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", Lti.SCORE_MEDIA_TYPE)
                  .POST(HttpRequest.BodyPublishers.ofString(body(score, user.getSubject())))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 401) {
        tokens.forget(platform, Lti.AGS_SCORE_SCOPE);
      }
      if (status / 100 != 2) {
        throw new java.io.IOException("the platform answered " + status);
      }
      score.sent(clock.now());
      LOG.info(() -> "LTI score #" + id + " sent to platform " + platform.getId());
      return true;
    } catch (java.io.IOException | RuntimeException e) {
      score.failed(clock.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.warning(() -> "LTI score #" + id + " not sent (attempt " + score.getAttempts() + ")");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      score.failed(clock.now(), "interrupted");
      return false;
    }
  }

  /** The scores service of a line item: its address with "/scores" added to the path. */
  static URI scoresUrl(String lineitem) {
    URI uri = URI.create(lineitem);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return URI.create(
        uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + path.replaceAll("/$", "")
            + "/scores"
            + query);
  }

  static String body(Score score, String userId) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", userId);
    json.put("scoreGiven", score.getScoreGiven().doubleValue());
    json.put("scoreMaximum", score.getScoreMaximum().doubleValue());
    json.put("activityProgress", score.getActivityProgress());
    json.put("gradingProgress", score.getGradingProgress());
    json.put("timestamp", score.getScoredAt().toString());
    if (score.getComment() != null) {
      json.put("comment", score.getComment());
    }
    return JSONObjectUtils.toJSONString(json);
  }
}
