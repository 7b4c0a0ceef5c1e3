package dk.tegn.courses.xapi.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.xapi.entity.ActorNaming;
import dk.tegn.courses.xapi.entity.LrsSettings;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * An administrator points their organisation at a Learning Record Store and sees how its outbox is
 * doing. Only an administrator of the organisation (a national one: of any); the secret goes in and
 * is never given back.
 */
@ApplicationScoped
@Transactional
public class LrsConfiguration {

  private static final Logger LOG = Logger.getLogger(LrsConfiguration.class.getName());

  /**
   * What the form and the API send. A blank secret keeps the one stored.
   *
   * @param endpoint the LRS's xAPI base address, e.g. https://lrs.example.org/xapi/
   * @param homePage the home page of actors' accounts; blank: Tegn's public address
   */
  public record Form(
      @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String endpoint,
      @NotBlank @Size(max = 200) String key,
      @Size(max = 500) String secret,
      @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?") String homePage,
      @NotNull ActorNaming actorNaming,
      boolean enabled) {}

  /** The settings as shown: never the secret, only whether one is stored. */
  public record View(
      long organisationId,
      boolean configured,
      String endpoint,
      String key,
      boolean secretStored,
      String homePage,
      String effectiveHomePage,
      ActorNaming actorNaming,
      boolean enabled,
      Instant updatedAt)
      implements Serializable {}

  /** The outbox of one organisation: counts by state and the latest problems. */
  public record OutboxState(long organisationId, Map<String, Long> counts, List<Problem> problems)
      implements Serializable {}

  public record Problem(
      String statementId,
      String verb,
      String activityId,
      int attempts,
      Instant nextAttemptAt,
      Instant rejectedAt,
      String error)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject LrsSecrets secrets;
  @Inject StatementOutbox outbox;
  @Inject XapiAddresses addresses;

  public View settings(long organisationId) {
    requireAdmin(organisationId);
    LrsSettings s = em.find(LrsSettings.class, organisationId);
    if (s == null) {
      return new View(
          organisationId,
          false,
          null,
          null,
          false,
          null,
          addresses.base(),
          ActorNaming.PSEUDONYM,
          false,
          null);
    }
    return view(s);
  }

  public View configure(long organisationId, @NotNull @Valid Form form) {
    requireAdmin(organisationId);
    LrsSettings s = em.find(LrsSettings.class, organisationId);
    boolean fresh = s == null;
    if (fresh) {
      s = new LrsSettings(organisationId);
    }
    boolean newSecret = form.secret() != null && !form.secret().isBlank();
    if (!newSecret && !s.hasSecret()) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_xapi.secretRequired");
    }
    try {
      s.configure(
          form.endpoint(),
          form.key().trim(),
          form.homePage(),
          form.actorNaming(),
          form.enabled(),
          clock.now());
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_xapi.badAddress");
    }
    if (newSecret) {
      s.sealSecret(secrets.seal(form.secret(), organisationId));
    }
    if (fresh) {
      em.persist(s);
    }
    em.flush();
    LOG.info(
        () ->
            "LRS of organisation "
                + organisationId
                + " set by account "
                + caller.accountId()
                + (form.enabled() ? " (sending)" : " (paused)"));
    return view(s);
  }

  public OutboxState outboxState(long organisationId) {
    requireAdmin(organisationId);
    return new OutboxState(
        organisationId,
        outbox.counts(organisationId),
        outbox.problems(organisationId, 20).stream().map(LrsConfiguration::problem).toList());
  }

  private static Problem problem(OutboxStatement s) {
    return new Problem(
        s.getStatementId(),
        s.getVerb(),
        s.getActivityId(),
        s.getAttempts(),
        s.getNextAttemptAt(),
        s.getRejectedAt(),
        s.getLastError());
  }

  private View view(LrsSettings s) {
    return new View(
        s.getOrganisationId(),
        true,
        s.getEndpoint(),
        s.getKey(),
        s.hasSecret(),
        s.getHomePage(),
        s.getHomePage() != null ? s.getHomePage() : addresses.base(),
        s.getActorNaming(),
        s.isEnabled(),
        s.getUpdatedAt());
  }

  private void requireAdmin(long organisationId) {
    if (em.find(Organisation.class, organisationId) == null) {
      throw new RecordNotFoundException("organisation", organisationId);
    }
    caller.requireRoleIn(Role.ADMIN, organisationId);
  }
}
