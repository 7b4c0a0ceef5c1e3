package dk.tegn.courses.xapi.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tegn's own statements, read back as an LRS would serve them (with {@code stored}), for a
 * coordinator or an administrator of the organisation they are about.
 */
@ApplicationScoped
public class StatementReading {

  /** A page of statements and the id to continue after, null on the last page. */
  public record Page(List<JsonObject> statements, Long continueAfter) {}

  @Inject CurrentCaller caller;
  @Inject StatementOutbox outbox;

  /** The organisation read when none is named: the caller's own. */
  public long organisationOf(Long organisationId) {
    long organisation = organisationId != null ? organisationId : caller.organisationId();
    if (!caller.hasRoleIn(Role.COORDINATOR, organisation)
        && !caller.hasRoleIn(Role.ADMIN, organisation)) {
      throw new AccessDeniedException(
          "xAPI statements of organisation " + organisation + " need COORDINATOR or ADMIN there");
    }
    return organisation;
  }

  public Page page(
      long organisationId, Instant since, String verb, String activity, long after, int limit) {
    List<OutboxStatement> rows =
        outbox.read(organisationOf(organisationId), since, verb, activity, after, limit + 1);
    boolean more = rows.size() > limit;
    List<OutboxStatement> page = more ? rows.subList(0, limit) : rows;
    return new Page(
        page.stream().map(StatementReading::served).toList(),
        more ? page.get(page.size() - 1).getId() : null);
  }

  public Optional<JsonObject> one(long organisationId, String statementId) {
    return outbox.find(organisationOf(organisationId), statementId).map(StatementReading::served);
  }

  private static JsonObject served(OutboxStatement s) {
    try (JsonReader reader = JSON.createReader(new StringReader(s.getBody()))) {
      return JSON.createObjectBuilder(reader.readObject())
          .add("stored", s.getStoredAt().toString())
          .build();
    }
  }
}
