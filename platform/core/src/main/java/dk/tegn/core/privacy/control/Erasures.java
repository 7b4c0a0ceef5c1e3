package dk.tegn.core.privacy.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.privacy.ErasureReason;
import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.entity.Erasure;
import dk.tegn.core.privacy.entity.ErasureStep;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Trusted: runs export and erasure over every module's provider, without asking who calls ({@link
 * DataSubjectRequests} checks that; the retention job is the other caller).
 *
 * <p>An erasure is a row per person with a step per module. Each module's part runs in a
 * transaction of its own together with the record that it is done, so an erasure that stops
 * half-way (a crash, a failing module) is resumed where it stopped, and running it again changes
 * nothing. Core goes last, because the other modules may read the account (its e-mail address)
 * first.
 */
@ApplicationScoped
public class Erasures {

  private static final Logger LOG = Logger.getLogger(Erasures.class.getName());

  @PersistenceContext EntityManager em;
  @Inject @Any Instance<PrivacyProvider> registered;
  @Inject PlatformClock clock;
  @Inject ErasureSteps steps;

  /** Every module's provider, in erasure order. */
  public List<PrivacyProvider> providers() {
    return registered.stream()
        .sorted(
            Comparator.comparingInt(PrivacyProvider::order)
                .thenComparing(p -> p.declaration().module()))
        .toList();
  }

  /** The person as their account describes them now. */
  @Transactional
  public Person person(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new RecordNotFoundException("account", accountId);
    }
    String language =
        account.getLocale() != null
            ? account.getLocale()
            : account.getOrganisation().getDefaultLocale();
    return new Person(
        accountId,
        account.getUsername(),
        account.getDisplayName(),
        account.getEmail(),
        account.getOrganisation().getId(),
        language == null || !language.startsWith("en") ? "da" : "en");
  }

  /** Each module's part of the person's data, by module name, in erasure order. */
  @Transactional
  public Map<String, JsonObject> export(Person person) {
    return providers().stream()
        .collect(
            Collectors.toMap(
                p -> p.declaration().module(),
                p -> p.export(person),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  @Transactional
  public Optional<ErasureStatus> erasureOf(long accountId) {
    return em.createNamedQuery("Erasure.findByAccount", Erasure.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst()
        .map(Erasures::status);
  }

  static ErasureStatus status(Erasure erasure) {
    return new ErasureStatus(
        erasure.getAccountId(),
        erasure.getSteps().stream().map(ErasureStep::getModule).toList(),
        erasure.getCompletedAt());
  }

  /**
   * Erases the person module by module; resumes an erasure begun before. Returns when every module
   * has done its part (a module that fails leaves the erasure unfinished, to be resumed).
   */
  public ErasureStatus erase(long accountId, Long requestedBy, ErasureReason reason) {
    Person person = person(accountId);
    long erasureId = steps.begin(accountId, requestedBy, reason);
    for (PrivacyProvider provider : providers()) {
      steps.step(erasureId, provider, person);
    }
    return steps.finish(erasureId);
  }

  /** Resumes erasures that stopped half-way; returns how many it finished. */
  public int resumeUnfinished() {
    List<Long> accounts =
        em.createNamedQuery("Erasure.findUnfinished", Erasure.class)
            .setMaxResults(100)
            .getResultStream()
            .map(Erasure::getAccountId)
            .toList();
    int finished = 0;
    for (long accountId : accounts) {
      try {
        erase(accountId, null, ErasureReason.REQUEST);
        finished++;
      } catch (RuntimeException failed) {
        LOG.warning(() -> "erasure of account " + accountId + " still unfinished: " + failed);
      }
    }
    return finished;
  }
}
