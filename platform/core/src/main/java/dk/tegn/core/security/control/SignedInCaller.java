package dk.tegn.core.security.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller of this request, read from the database once per request so that a revoked role or a
 * disabled account counts at once.
 */
@RequestScoped
public class SignedInCaller implements CurrentCaller {

  @Inject SecurityContext securityContext;
  @PersistenceContext EntityManager em;

  private Optional<Snapshot> snapshot;
  private String snapshotFor;

  private record Snapshot(
      long accountId,
      String username,
      long organisationId,
      Set<Grant> grants,
      Set<Role> nationalRoles) {}

  private Optional<Snapshot> snapshot() {
    Principal principal = securityContext.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    // signing in happens within a request: read again when the caller changed
    if (snapshot == null || !java.util.Objects.equals(name, snapshotFor)) {
      snapshotFor = name;
      snapshot =
          principal == null
              ? Optional.empty()
              : em.createNamedQuery("Account.findByUsername", Account.class)
                  .setParameter("username", principal.getName())
                  .getResultStream()
                  .filter(Account::isEnabled)
                  .findFirst()
                  .map(SignedInCaller::snapshotOf);
    }
    return snapshot;
  }

  private static Snapshot snapshotOf(Account a) {
    Set<Grant> grants =
        a.getGrants().stream()
            .map(g -> new Grant(g.getRole(), g.getOrganisation().getId()))
            .collect(Collectors.toUnmodifiableSet());
    Set<Role> national =
        a.getGrants().stream()
            .filter(g -> g.getOrganisation().isNational())
            .map(RoleGrant::getRole)
            .collect(Collectors.toUnmodifiableSet());
    return new Snapshot(a.getId(), a.getUsername(), a.getOrganisation().getId(), grants, national);
  }

  private Snapshot required() {
    return snapshot().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  @Override
  public boolean isAuthenticated() {
    return snapshot().isPresent();
  }

  @Override
  public long accountId() {
    return required().accountId();
  }

  @Override
  public String username() {
    return required().username();
  }

  @Override
  public long organisationId() {
    return required().organisationId();
  }

  @Override
  public Set<Grant> grants() {
    return snapshot().map(Snapshot::grants).orElse(Set.of());
  }

  @Override
  public boolean isNational(Role role) {
    return snapshot().map(s -> s.nationalRoles().contains(role)).orElse(false);
  }
}
