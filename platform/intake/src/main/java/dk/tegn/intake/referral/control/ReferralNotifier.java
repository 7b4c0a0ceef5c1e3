package dk.tegn.intake.referral.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.i18n.Messages;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.routing.entity.OnCall;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a team that a referral is waiting, and the on-call officers when it is acute, through the
 * mail outbox in the submitter's transaction: the mail exists if and only if the referral does, and
 * the outbox retries delivery until it succeeds. A mail says only that a referral is waiting, never
 * who or what: mail leaves the platform unencrypted.
 */
@ApplicationScoped
public class ReferralNotifier {

  private static final int MAX_EMAIL = 254;

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;

  /** Returns how many mails were queued. */
  public int newReferral(Referral referral) {
    Set<Long> recipients = new LinkedHashSet<>(membersOf(referral.getTeamId()));
    boolean acute = referral.getPriority() == Priority.ACUTE;
    if (acute) {
      em.createNamedQuery("OnCall.findAll", OnCall.class)
          .setMaxResults(200)
          .getResultList()
          .forEach(o -> recipients.add(o.getAccountId()));
    }
    String kind = acute ? "intake.mail.acute" : "intake.mail.new";
    int queued = 0;
    for (long accountId : recipients) {
      Account account = em.find(Account.class, accountId);
      // an address the outbox would refuse must not roll back the referral with it
      if (account == null
          || !account.isEnabled()
          || account.getEmail() == null
          || account.getEmail().isBlank()
          || account.getEmail().length() > MAX_EMAIL) {
        continue;
      }
      Locale locale =
          Locale.forLanguageTag(account.getLocale() == null ? "da" : account.getLocale());
      outbox.enqueue(
          account.getEmail(),
          Messages.get(Messages.INTAKE, locale, kind + ".subject"),
          Messages.get(Messages.INTAKE, locale, kind + ".body"),
          account.getOrganisation().getId());
      queued++;
    }
    return queued;
  }

  private Set<Long> membersOf(long teamId) {
    Set<Long> ids = new LinkedHashSet<>();
    em.createNamedQuery("TeamMember.findByTeam", TeamMember.class)
        .setParameter("teamId", teamId)
        .setMaxResults(200)
        .getResultList()
        .forEach(m -> ids.add(m.getAccountId()));
    return ids;
  }
}
