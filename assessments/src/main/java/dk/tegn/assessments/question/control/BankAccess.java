package dk.tegn.assessments.question.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may author what: a trainer works on the banks and quizzes of the organisations they train in;
 * shared ones (no organisation) are seen by every trainer but created and changed only by the
 * national organisation's trainers and admins. One place, so question banks and quizzes agree.
 */
public final class BankAccess {

  private BankAccess() {}

  public static void requireAuthor(CurrentCaller caller, Long organisationId) {
    if (!mayAuthor(caller, organisationId)) {
      throw new AccessDeniedException(
          organisationId == null
              ? "shared banks: a trainer or admin of the national organisation only"
              : "role TRAINER required in organisation " + organisationId);
    }
  }

  /**
   * Shared banks and quizzes (no organisation) reach every organisation's learners, so only the
   * national organisation's trainers and admins create or change them; any trainer uses them.
   */
  public static boolean mayAuthor(CurrentCaller caller, Long organisationId) {
    return organisationId == null
        ? caller.isNational(Role.TRAINER) || caller.isNational(Role.ADMIN)
        : caller.hasRoleIn(Role.TRAINER, organisationId);
  }

  /**
   * The organisation a trainer's new banks and quizzes belong to: their own when they train there,
   * else the first they train in.
   */
  public static long homeOrganisation(CurrentCaller caller) {
    if (caller.hasRoleIn(Role.TRAINER, caller.organisationId())) {
      return caller.organisationId();
    }
    return caller.organisationsWith(Role.TRAINER).stream()
        .sorted()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("role TRAINER required"));
  }

  /** The organisation ids whose banks the caller sees besides shared ones; never empty (for IN). */
  public static List<Long> authorOrganisations(CurrentCaller caller) {
    if (!caller.hasRole(Role.TRAINER)) {
      throw new AccessDeniedException("role TRAINER required");
    }
    List<Long> ids = new ArrayList<>(caller.organisationsWith(Role.TRAINER));
    if (ids.isEmpty()) {
      ids.add(-1L);
    }
    return ids;
  }
}
