package dk.tegn.coordination.coordinator.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which organisations the caller coordinates: a national coordinator all of them, anyone else the
 * organisations they hold the coordinator role in. Refusals are audited.
 */
@ApplicationScoped
public class CoordinationScope {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** Empty when the caller sees every organisation; otherwise the organisations they see. */
  public Optional<Set<Long>> organisations() {
    caller.requireRole(Role.COORDINATOR);
    if (caller.isNational(Role.COORDINATOR)) {
      return Optional.empty();
    }
    return Optional.of(caller.organisationsWith(Role.COORDINATOR));
  }

  /**
   * The organisations a report covers: the one asked for (when the caller sees it), or all the
   * caller sees. Empty means no restriction (national, no organisation asked for).
   */
  public Optional<Set<Long>> narrowTo(Long organisationId) {
    if (organisationId != null) {
      require(organisationId, "coordination.report");
      return Optional.of(Set.of(organisationId));
    }
    return organisations();
  }

  public void require(long organisationId, String action) {
    if (!caller.hasRoleIn(Role.COORDINATOR, organisationId)) {
      refuse(organisationId, action);
    }
  }

  /**
   * As {@link #require}, and an admin of that organisation may too (organisation settings an admin
   * looks after); an admin of another organisation may not.
   */
  public void requireOrAdmin(long organisationId, String action) {
    if (!caller.hasRoleIn(Role.ADMIN, organisationId)
        && !caller.hasRoleIn(Role.COORDINATOR, organisationId)) {
      refuse(organisationId, action);
    }
  }

  private void refuse(long organisationId, String action) {
    audit.record(
        caller.isAuthenticated() ? caller.accountId() : null,
        action,
        "organisation",
        organisationId,
        Outcome.REFUSED);
    throw new AccessDeniedException("not a coordinator of organisation " + organisationId);
  }

  /** The organisations a coordinator may choose between on a page. */
  public List<Organisation> visibleOrganisations() {
    List<Organisation> all =
        em.createNamedQuery("Organisation.findAll", Organisation.class)
            .setMaxResults(1000)
            .getResultList();
    return organisations()
        .map(ids -> all.stream().filter(o -> ids.contains(o.getId())).toList())
        .orElse(all);
  }

  /**
   * One page of a list kept per organisation, in the caller's scope: the named query {@code
   * inOrganisations} (parameter {@code organisationIds}) for a coordinator, {@code everywhere} for
   * a national one, nothing for a coordinator of no organisation. The one way coordination pages
   * its lists.
   */
  public <T> List<T> page(
      Class<T> type, String inOrganisations, String everywhere, int first, int max) {
    return page(organisations(), type, inOrganisations, everywhere, first, max);
  }

  /** As {@link #page(Class, String, String, int, int)}, in a scope already narrowed. */
  public <T> List<T> page(
      Optional<Set<Long>> scope,
      Class<T> type,
      String inOrganisations,
      String everywhere,
      int first,
      int max) {
    return page(scope, type, inOrganisations, everywhere, q -> {}, first, max);
  }

  /**
   * As {@link #page(Optional, Class, String, String, int, int)}, the queries taking further
   * parameters of their own (a search term), which {@code parameters} sets on either.
   */
  public <T> List<T> page(
      Optional<Set<Long>> scope,
      Class<T> type,
      String inOrganisations,
      String everywhere,
      Consumer<TypedQuery<T>> parameters,
      int first,
      int max) {
    if (scope.isPresent() && scope.get().isEmpty()) {
      return List.of();
    }
    TypedQuery<T> query =
        scope.isPresent()
            ? em.createNamedQuery(inOrganisations, type)
                .setParameter("organisationIds", scope.get())
            : em.createNamedQuery(everywhere, type);
    parameters.accept(query);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * The organisations whose people the caller may look up one by one (the per-learner report): a
   * coordinator's and an administrator's; empty when the caller sees everyone (national).
   */
  public Optional<Set<Long>> learnerOrganisations() {
    if (caller.isNational(Role.COORDINATOR) || caller.isNational(Role.ADMIN)) {
      return Optional.empty();
    }
    Set<Long> ids = new java.util.TreeSet<>(caller.organisationsWith(Role.COORDINATOR));
    ids.addAll(caller.organisationsWith(Role.ADMIN));
    if (ids.isEmpty()) {
      throw new AccessDeniedException("neither coordinator nor administrator");
    }
    return Optional.of(Set.copyOf(ids));
  }

  /** A SQL condition on an organisation id column; ids are longs, so inlining them is safe. */
  public static String sqlIn(String column, Optional<Set<Long>> organisations) {
    return organisations
        .map(
            ids ->
                ids.isEmpty()
                    ? "1 = 0"
                    : column
                        + " IN ("
                        + String.join(",", ids.stream().map(String::valueOf).toList())
                        + ")")
        .orElse("1 = 1");
  }
}
