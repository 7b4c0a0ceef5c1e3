package dk.tegn.core.organisation.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's organisations (issue 17, defect 16): a national administrator lists and
 * creates every organisation; an administrator of one renames it and sets its default language.
 * Every change is audited.
 */
@ApplicationScoped
@Transactional
public class Organisations {

  /** The languages Tegn ships; an organisation's default is one of them. */
  public static final List<String> LANGUAGES = List.of("da", "en");

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  /** One line of the list: the organisation and how many accounts it has. */
  public record Line(Organisation organisation, long accounts) implements java.io.Serializable {}

  /** The organisations the caller administers (all of them for a national administrator). */
  public List<Line> mine() {
    caller.requireRole(Role.ADMIN);
    List<Organisation> all =
        em
            .createNamedQuery("Organisation.findAll", Organisation.class)
            .setMaxResults(1000)
            .getResultList()
            .stream()
            .filter(o -> caller.hasRoleIn(Role.ADMIN, o.getId()))
            .toList();
    Map<Long, Long> counts = new HashMap<>();
    if (!all.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery("Organisation.countAccounts", Object[].class)
              .setParameter("ids", all.stream().map(Organisation::getId).toList())
              .getResultList()) {
        counts.put((Long) row[0], (Long) row[1]);
      }
    }
    return all.stream().map(o -> new Line(o, counts.getOrDefault(o.getId(), 0L))).toList();
  }

  /** A new organisation; national administrators only, its code unique. */
  public Organisation create(
      @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank String defaultLocale,
      boolean national) {
    if (!caller.isNational(Role.ADMIN)) {
      audit.record(
          caller.accountId(), "organisation.create", "organisation", code, Outcome.REFUSED);
      throw new dk.tegn.core.security.AccessDeniedException("national admin required");
    }
    requireLanguage(defaultLocale);
    boolean taken =
        em.createNamedQuery("Organisation.findByCode", Organisation.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .isPresent();
    if (taken) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_organisations.codeTaken", code);
    }
    Organisation o = new Organisation(code, name.strip(), defaultLocale, national, clock.now());
    em.persist(o);
    em.flush();
    audit.record(
        caller.accountId(), "organisation.create", "organisation", o.getId(), Outcome.ALLOWED);
    return o;
  }

  /** Renames an organisation the caller administers and sets its default language. */
  public Organisation update(
      long id, @NotBlank @Size(max = 200) String name, @NotBlank String defaultLocale) {
    // Role and organisation first: nothing is read for a caller who may not change it.
    caller.requireRoleIn(Role.ADMIN, id);
    Organisation o = em.find(Organisation.class, id);
    if (o == null) {
      throw new RecordNotFoundException("organisation", id);
    }
    requireLanguage(defaultLocale);
    o.rename(name.strip());
    o.changeDefaultLocale(defaultLocale);
    audit.record(caller.accountId(), "organisation.update", "organisation", id, Outcome.ALLOWED);
    return o;
  }

  private static void requireLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_organisations.languageUnknown");
    }
  }
}
