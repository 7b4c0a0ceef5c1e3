package dk.tegn.core.security;

import dk.tegn.core.account.Role;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, with the organisations each role is held in. Every service that returns people,
 * results or referrals checks role and organisation here, not only in the view.
 */
public interface CurrentCaller {

  boolean isAuthenticated();

  /** The caller's account id; throws {@link AccessDeniedException} when nobody is signed in. */
  long accountId();

  String username();

  /** The organisation the account belongs to. */
  long organisationId();

  Set<Grant> grants();

  /** True when the caller holds the role in an organisation marked national (sees all). */
  boolean isNational(Role role);

  /**
   * The caller's remembered UI language (null when none) and their organisation's default, read
   * with the grants in the request's one statement; empty when not signed in or not known here.
   */
  default Optional<Languages> languages() {
    return Optional.empty();
  }

  /** A signed-in caller's language choices: the account's own (or null), the organisation's. */
  record Languages(String chosen, String organisationDefault) {}

  /** The time zone the caller chose on their profile; empty for their organisation's. */
  default Optional<ZoneId> chosenZone() {
    return Optional.empty();
  }

  default boolean hasRole(Role role) {
    return grants().stream().anyMatch(g -> g.role() == role);
  }

  default Set<Long> organisationsWith(Role role) {
    return grants().stream()
        .filter(g -> g.role() == role)
        .map(Grant::organisationId)
        .collect(Collectors.toUnmodifiableSet());
  }

  default boolean hasRoleIn(Role role, long organisationId) {
    return isNational(role) || organisationsWith(role).contains(organisationId);
  }

  default void requireRole(Role role) {
    if (!hasRole(role)) {
      throw new AccessDeniedException("role " + role + " required");
    }
  }

  default void requireRoleIn(Role role, long organisationId) {
    if (!hasRoleIn(role, organisationId)) {
      throw new AccessDeniedException(
          "role " + role + " required in organisation " + organisationId);
    }
  }
}
