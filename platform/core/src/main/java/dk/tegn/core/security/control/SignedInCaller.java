package dk.tegn.core.security.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import dk.tegn.core.security.ServedRequest;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of this request, from one statement ({@link CallerRows}, which keeps it a few seconds
 * and forgets it when the account changes) so that a revoked role or a disabled account counts on
 * the next request. One per request, made by {@link SignedInCallers}.
 */
public class SignedInCaller implements CurrentCaller {

  SecurityContext securityContext;
  ContinuedCaller continued;
  CallerRows rows;

  private Optional<Snapshot> snapshot;
  private String snapshotFor;

  private record Snapshot(
      long accountId,
      String username,
      long organisationId,
      Set<Grant> grants,
      Set<Role> nationalRoles,
      Languages languages,
      Optional<ZoneId> zone) {}

  SignedInCaller() {}

  SignedInCaller(SecurityContext securityContext, ContinuedCaller continued, CallerRows rows) {
    this.securityContext = securityContext;
    this.continued = continued;
    this.rows = rows;
  }

  private Optional<Snapshot> snapshot() {
    // work queued for a caller names them; otherwise the request's or the security context's
    // principal
    String name = continued.username().orElseGet(this::principalName);
    // signing in happens within a request: read again when the caller changed
    if (snapshot == null || !java.util.Objects.equals(name, snapshotFor)) {
      snapshotFor = name;
      snapshot = name == null ? Optional.empty() : read(name);
    }
    return snapshot;
  }

  /**
   * In a request the container's principal of that request (cheap, and current after a sign-in or
   * sign-out during it); elsewhere the security context's, which parses the container's subject.
   */
  private String principalName() {
    HttpServletRequest request = ServedRequest.current();
    Principal principal =
        request != null ? request.getUserPrincipal() : securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  private Optional<Snapshot> read(String username) {
    List<Object[]> rows = this.rows.of(username);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<Grant> grants = new HashSet<>();
    Set<Role> national = EnumSet.noneOf(Role.class);
    for (Object[] row : rows) {
      if (row[3] != null) {
        grants.add(new Grant((Role) row[3], (Long) row[4]));
        if ((Boolean) row[5]) {
          national.add((Role) row[3]);
        }
      }
    }
    Object[] first = rows.get(0);
    return Optional.of(
        new Snapshot(
            (Long) first[0],
            (String) first[1],
            (Long) first[2],
            Set.copyOf(grants),
            Set.copyOf(national),
            new Languages((String) first[6], (String) first[7]),
            Optional.ofNullable((String) first[8]).map(ZoneId::of)));
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
  public Optional<Languages> languages() {
    return snapshot().map(Snapshot::languages);
  }

  @Override
  public Optional<ZoneId> chosenZone() {
    return snapshot().flatMap(Snapshot::zone);
  }

  @Override
  public boolean isNational(Role role) {
    return snapshot().map(s -> s.nationalRoles().contains(role)).orElse(false);
  }
}
