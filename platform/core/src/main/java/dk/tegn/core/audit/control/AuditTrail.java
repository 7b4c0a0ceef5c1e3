package dk.tegn.core.audit.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.audit.entity.AuditLine;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an administrator reads in the audit log, newest first and a page at a time. An admin of a
 * national organisation reads every entry; any other admin only the entries of actors who belong to
 * an organisation they administer. The log holds ids and outcomes, never personal data.
 */
@RequestScoped
@Transactional
public class AuditTrail {

  /**
   * What to look for; null means any. {@code actor} is a username; {@code from} is inclusive,
   * {@code until} exclusive. Serializable: a view keeps it in the (replicated) session.
   */
  public record Filter(
      String actor, String action, String targetType, Outcome outcome, Instant from, Instant until)
      implements Serializable {

    public static Filter any() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  static final int MAX_CHOICES = 500;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;

  protected AuditTrail() {}

  /** For use outside a container (tests). */
  public AuditTrail(EntityManager em, CurrentCaller caller) {
    this.em = em;
    this.caller = caller;
  }

  public List<AuditLine> search(
      @NotNull Filter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
    Optional<TypedQuery<AuditEntry>> query =
        query("select a from AuditEntry a", " order by a.id desc", filter, AuditEntry.class);
    if (query.isEmpty()) {
      return List.of();
    }
    List<AuditEntry> entries = query.get().setFirstResult(first).setMaxResults(max).getResultList();
    Map<Long, String> usernames = usernames(entries);
    return entries.stream()
        .map(e -> new AuditLine(e, usernames.get(e.getActorAccountId())))
        .toList();
  }

  public long count(@NotNull Filter filter) {
    return query("select count(a) from AuditEntry a", "", filter, Long.class)
        .map(TypedQuery::getSingleResult)
        .orElse(0L);
  }

  /** The actions recorded so far, for choosing one. */
  public List<String> actions() {
    scope();
    return em.createNamedQuery("AuditEntry.actions", String.class)
        .setMaxResults(MAX_CHOICES)
        .getResultList();
  }

  /** The kinds of record that actions were done to, for choosing one. */
  public List<String> targetTypes() {
    scope();
    return em.createNamedQuery("AuditEntry.targetTypes", String.class)
        .setMaxResults(MAX_CHOICES)
        .getResultList();
  }

  /** Null: every organisation; else the organisations whose actors this admin may see. */
  private Set<Long> scope() {
    caller.requireRole(Role.ADMIN);
    return caller.isNational(Role.ADMIN) ? null : caller.organisationsWith(Role.ADMIN);
  }

  /** Empty when nothing can match (an unknown actor). Only the filters given become conditions. */
  private <T> Optional<TypedQuery<T>> query(
      String select, String order, Filter filter, Class<T> type) {
    Set<Long> organisations = scope();
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (organisations != null) {
      where.append(
          " and a.actorAccountId in"
              + " (select o.id from Account o where o.organisation.id in :organisations)");
      parameters.put("organisations", List.copyOf(organisations));
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      Optional<Long> actor =
          em.createNamedQuery("Account.findByUsername", Account.class)
              .setParameter("username", filter.actor().strip())
              .getResultStream()
              .findFirst()
              .map(Account::getId);
      if (actor.isEmpty()) {
        return Optional.empty();
      }
      where.append(" and a.actorAccountId = :actor");
      parameters.put("actor", actor.get());
    }
    condition(where, parameters, "a.action = :action", "action", filter.action());
    condition(where, parameters, "a.targetType = :targetType", "targetType", filter.targetType());
    condition(where, parameters, "a.outcome = :outcome", "outcome", filter.outcome());
    condition(where, parameters, "a.at >= :from", "from", filter.from());
    condition(where, parameters, "a.at < :until", "until", filter.until());
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return Optional.of(query);
  }

  private static void condition(
      StringBuilder where, Map<String, Object> parameters, String jpql, String name, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      where.append(" and ").append(jpql);
      parameters.put(name, value);
    }
  }

  private Map<Long, String> usernames(List<AuditEntry> entries) {
    Set<Long> ids =
        entries.stream()
            .map(AuditEntry::getActorAccountId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery("AuditEntry.actorUsernames", Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
  }
}
