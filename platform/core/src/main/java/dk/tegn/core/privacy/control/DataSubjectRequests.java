package dk.tegn.core.privacy.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.privacy.ErasureReason;
import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * A person's rights as the signed-in caller asks for them: anyone exports their own data; an
 * administrator of the person's organisation (or a national one) exports it for them and erases it.
 * Every export and erasure is audited, by ids.
 */
@RequestScoped
public class DataSubjectRequests {

  @Inject CurrentCaller caller;
  @Inject Erasures erasures;
  @Inject AuditLog audit;

  /** The caller's own data, each module's part by module name. */
  public Export mine() {
    Person me = erasures.person(caller.accountId());
    audit.record(
        caller.accountId(), "privacy.export", "account", me.accountId(), Outcome.ALLOWED, "own");
    return new Export(me, erasures.export(me));
  }

  /** The person the administrator may act for; refuses anyone else's. */
  public Person subject(long accountId) {
    Person person = erasures.person(accountId);
    if (!caller.hasRoleIn(Role.ADMIN, person.organisationId())) {
      audit.record(
          caller.isAuthenticated() ? caller.accountId() : null,
          "privacy.subject",
          "account",
          accountId,
          Outcome.REFUSED,
          "organisation");
      caller.requireRoleIn(Role.ADMIN, person.organisationId());
    }
    return person;
  }

  /** An administrator's export for a person of an organisation they administer. */
  public Export exportFor(long accountId) {
    Person person = subject(accountId);
    audit.record(
        caller.accountId(), "privacy.export", "account", accountId, Outcome.ALLOWED, "admin");
    return new Export(person, erasures.export(person));
  }

  /** Where the person's erasure stands, if one was begun. */
  public Optional<ErasureStatus> erasureOf(long accountId) {
    subject(accountId);
    return erasures.erasureOf(accountId);
  }

  /** Erases the person (resumes an unfinished erasure); never the administrator themself. */
  public ErasureStatus erase(long accountId) {
    subject(accountId);
    if (accountId == caller.accountId()) {
      throw new RuleViolationException(Messages.PLATFORM, "privacy.cannotEraseSelf");
    }
    return erasures.erase(accountId, caller.accountId(), ErasureReason.REQUEST);
  }

  /** One person's data: each module's JSON by module name, in erasure order. */
  public record Export(Person person, Map<String, JsonObject> modules) {}
}
