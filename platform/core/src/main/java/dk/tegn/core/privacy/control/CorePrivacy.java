package dk.tegn.core.privacy.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.privacy.Declaration.table;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.Records;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Core's personal data: the account itself, its roles, the audit log about it and the mail sent to
 * it. Erasure keeps the account row (other modules' records point at it and keep counting) with
 * nothing in it that says who the person was; audit entries about the person keep their ids but
 * lose their detail; mail to or about the person is deleted.
 */
@ApplicationScoped
public class CorePrivacy implements PrivacyProvider {

  /** What an erased account is called: no name, in no language. */
  public static final String ERASED_NAME = "—";

  /** Stored where a password hash would be: no password gives it (it is no hash at all). */
  static final String NO_PASSWORD = "!erased";

  private static final int MAX_AUDIT = 5_000;

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  @Override
  public Declaration declaration() {
    return new Declaration(
        "core",
        Messages.PLATFORM,
        "privacy.core",
        List.of(
            table(
                "plt_account",
                "username",
                "display_name",
                "email",
                "locale",
                "time_zone",
                "password_hash",
                "last_signed_in_at",
                "created_at"),
            table("plt_role_grant", "account_id", "role"),
            table("plt_audit", "actor_account_id", "target_id", "detail"),
            table("plt_outbox", "recipient", "subject", "body"),
            table("plt_api_key", "name", "account_id", "created_by", "revoked_by"),
            table("plt_erasure", "account_id", "requested_by"),
            table("plt_password_reset", "account_id"),
            table("plt_sso_identity", "account_id", "subject")));
  }

  @Override
  public int order() {
    return 1_000;
  }

  @Override
  public JsonObject export(Person person) {
    long id = person.accountId();
    Account account = em.find(Account.class, id);
    JsonArrayBuilder roles = JSON.createArrayBuilder();
    account
        .getGrants()
        .forEach(
            g ->
                roles.add(
                    JSON.createObjectBuilder()
                        .add("role", g.getRole().name())
                        .add("organisation", g.getOrganisation().getName())
                        .add("grantedAt", String.valueOf(g.getGrantedAt()))));
    JsonObject me =
        Records.of(
                em,
                "SELECT a.username, a.display_name, a.email, o.name, a.locale, a.time_zone, a.enabled,"
                    + " a.created_at, a.password_changed_at, a.last_signed_in_at"
                    + " FROM plt_account a JOIN plt_organisation o ON o.id = a.organisation_id"
                    + " WHERE a.id = ?",
                List.of(
                    "username",
                    "displayName",
                    "email",
                    "organisation",
                    "language",
                    "timeZone",
                    "enabled",
                    "createdAt",
                    "passwordChangedAt",
                    "lastSignedInAt"),
                id)
            .getJsonObject(0);
    JsonArrayBuilder mail = JSON.createArrayBuilder();
    if (person.email() != null) {
      em.createNamedQuery(
              "OutboxMessage.findByRecipient", dk.tegn.core.mail.entity.OutboxMessage.class)
          .setParameter("recipient", person.email())
          .setMaxResults(MAX_AUDIT)
          .getResultStream()
          .forEach(
              m ->
                  mail.add(
                      JSON.createObjectBuilder()
                          .add("createdAt", String.valueOf(m.getCreatedAt()))
                          .add("sentAt", String.valueOf(m.getSentAt()))
                          .add("subject", m.getSubject())
                          // links in the mail are secrets that may still work: never hand them out
                          .add("body", MailOutbox.maskSecrets(m.getBody()))));
    }
    return JSON.createObjectBuilder()
        .add("account", me)
        .add("roles", roles)
        .add(
            "audit",
            Records.of(
                em,
                "SELECT at, action, target_type, target_id, outcome FROM plt_audit"
                    + " WHERE actor_account_id = ? OR (target_type = 'account' AND target_id = ?)"
                    + " ORDER BY id DESC LIMIT "
                    + MAX_AUDIT,
                List.of("at", "action", "targetType", "targetId", "outcome"),
                id,
                String.valueOf(id)))
        .add("mail", mail)
        .build();
  }

  @Override
  public void erase(Person person) {
    long id = person.accountId();
    // mail to the person, or naming them to someone else (a coordinator's approval request)
    if (person.email() != null) {
      em.createNativeQuery(
              "DELETE FROM plt_outbox WHERE recipient = ? OR body LIKE ? OR subject LIKE ?")
          .setParameter(1, person.email())
          .setParameter(2, like(person.email()))
          .setParameter(3, like(person.email()))
          .executeUpdate();
    }
    if (person.displayName() != null && person.displayName().strip().length() >= 4) {
      em.createNativeQuery("DELETE FROM plt_outbox WHERE body LIKE ? OR subject LIKE ?")
          .setParameter(1, like(person.displayName().strip()))
          .setParameter(2, like(person.displayName().strip()))
          .executeUpdate();
    }
    // the entries stay (who did what, when), their free-text detail goes
    em.createNativeQuery(
            "UPDATE plt_audit SET detail = NULL"
                + " WHERE target_type = 'account' AND target_id = ? AND detail IS NOT NULL")
        .setParameter(1, String.valueOf(id))
        .executeUpdate();
    // no reset link or provider identity may lead back to the erased account
    em.createNativeQuery("DELETE FROM plt_password_reset WHERE account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM plt_sso_identity WHERE account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    Account account = em.find(Account.class, id);
    account.erase("erased-" + RandomCodes.hex(8), ERASED_NAME, NO_PASSWORD, clock.now());
  }

  private static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
