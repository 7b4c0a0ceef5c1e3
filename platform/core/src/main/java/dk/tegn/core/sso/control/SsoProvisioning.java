package dk.tegn.core.sso.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.sso.SsoCredential;
import dk.tegn.core.sso.SsoGroupsMapped;
import dk.tegn.core.sso.control.SsoRefusal.Reason;
import dk.tegn.core.sso.entity.SsoIdentity;
import dk.tegn.core.sso.entity.SsoProvider;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Just-in-time provisioning: the first sign-in of a provider's subject creates the account in the
 * provider's organisation (through the account directory, like every account), the later ones bring
 * its name and e-mail up to date. Each sign-in brings the roles the group mappings name in line
 * with the person's groups (roles no mapping names stay as an administrator set them; every account
 * keeps TRAINEE), and announces the mapped cohorts for the coordination module.
 */
@ApplicationScoped
@Transactional
public class SsoProvisioning {

  private static final Logger LOG = Logger.getLogger(SsoProvisioning.class.getName());
  private static final int MAX_USERNAME = 100;

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory directory;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject Event<SsoGroupsMapped> groupsMapped;

  public SsoCredential signIn(SsoFlow.Verified person) {
    SsoProvider provider = em.find(SsoProvider.class, person.providerId());
    Organisation organisation = provider.getOrganisation();
    Optional<SsoIdentity> link =
        em.createNamedQuery("SsoIdentity.findBySubject", SsoIdentity.class)
            .setParameter("providerId", provider.getId())
            .setParameter("subject", person.subject())
            .getResultStream()
            .findFirst();
    Account account;
    if (link.isPresent()) {
      account = directory.account(link.get().getAccountId());
      if (!account.isEnabled()) {
        throw new SsoRefusal(Reason.DISABLED, provider.getId(), "account " + account.getId());
      }
      link.get().signedIn(clock.now());
      account.describe(limit(person.displayName(), 200), limit(person.email(), 254));
    } else {
      List<Role> roles = new ArrayList<>(List.of(Role.TRAINEE));
      account =
          directory.create(
              freeUsername(person.username(), organisation.getCode()),
              limit(person.displayName(), 200),
              limit(person.email(), 254),
              organisation.getId(),
              RandomCodes.urlSafe(32),
              roles);
      em.persist(new SsoIdentity(provider.getId(), person.subject(), account.getId(), clock.now()));
      audit.record(
          account.getId(),
          "sso.provision",
          "account",
          account.getId(),
          Outcome.ALLOWED,
          "provider " + provider.getId());
      LOG.info(() -> "single sign-on created an account in organisation " + organisation.getId());
    }
    syncRoles(account, provider, person.groups());
    groupsMapped.fire(
        new SsoGroupsMapped(
            account.getId(),
            organisation.getId(),
            provider.cohortsFor(person.groups()),
            provider.mappedCohorts()));
    audit.record(
        account.getId(),
        "sso.signin",
        "account",
        account.getId(),
        Outcome.ALLOWED,
        "provider " + provider.getId());
    return new SsoCredential(
        account.getUsername(),
        account.getGrants().stream()
            .map(RoleGrant::getRole)
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet()));
  }

  private void syncRoles(Account account, SsoProvider provider, Set<String> groups) {
    Organisation organisation = provider.getOrganisation();
    Set<Role> given = provider.rolesFor(groups);
    for (Role role : provider.mappedRoles()) {
      if (given.contains(role)) {
        account.grant(role, organisation, clock.now());
      } else if (role != Role.TRAINEE) {
        account.revoke(role, organisation);
      }
    }
  }

  /**
   * The provider's name for the person when no Tegn account has it; else qualified by the
   * organisation's code, then numbered. An existing account is never taken over by name: only the
   * subject links.
   */
  String freeUsername(String wanted, String organisationCode) {
    String base = wanted.replaceAll("[^A-Za-z0-9._@-]", "-");
    if (base.length() < 3) {
      base = base + "-" + organisationCode;
    }
    base = limit(base, MAX_USERNAME - 12);
    if (directory.findByUsername(base).isEmpty()) {
      return base;
    }
    String qualified = limit(base + "." + organisationCode, MAX_USERNAME - 4);
    for (int n = 1; n < 1000; n++) {
      String candidate = n == 1 ? qualified : qualified + n;
      if (directory.findByUsername(candidate).isEmpty()) {
        return candidate;
      }
    }
    return base + "." + RandomCodes.hex(4);
  }

  private static String limit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
