package dk.tegn.coordination.coordinator.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The people a coordinator or an administrator looks after, one by one (issue 17, expected 3): a
 * search by name, username or e-mail within their organisations, and one person by id. A person of
 * another organisation is "not found", the same as an id that does not exist, so a page never tells
 * who exists elsewhere; the refusal is audited.
 */
@ApplicationScoped
@Transactional
public class Learners {

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** A page of the people matching {@code term} (blank: everyone), by name. */
  public List<Account> search(String term, @Min(0) int first, @Min(1) @Max(100) int max) {
    String like = "%" + (term == null ? "" : term.strip().toLowerCase(Locale.ROOT)) + "%";
    return scope.page(
        scope.learnerOrganisations(),
        Account.class,
        "Account.searchInOrganisations",
        "Account.searchEverywhere",
        q -> q.setParameter("term", like),
        first,
        max);
  }

  /** One person the caller looks after; not found when there is none or they are elsewhere. */
  public Account learner(long accountId) {
    Optional<Set<Long>> organisations = scope.learnerOrganisations();
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new RecordNotFoundException("account", accountId);
    }
    if (organisations.isPresent()
        && !organisations.get().contains(account.getOrganisation().getId())) {
      audit.record(
          caller.accountId(), "coordination.learner", "account", accountId, Outcome.REFUSED);
      throw new RecordNotFoundException("account", accountId);
    }
    return account;
  }
}
