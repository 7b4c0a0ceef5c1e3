package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.coordination.enrolment.entity.ReminderText;
import dk.tegn.coordination.enrolment.entity.ReminderWording;
import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A coordinator (or an admin of the organisation) words the organisation's reminders per kind and
 * language; mails use that wording, or the platform bundle's default when there is none. Changes
 * are audited; who made them is in the audit log only.
 */
@ApplicationScoped
@Transactional
public class ReminderTexts {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject AuditLog audit;
  @Inject PlatformClock clock;

  /** The wording the organisation's people get in that language: its own, or the default. */
  public Wording of(@Min(1) long organisationId, @NotNull ReminderKind kind, String language) {
    scope.requireOrAdmin(organisationId, "coordination.reminderText.read");
    check(kind, language);
    return own(organisationId, kind, language)
        .map(t -> new Wording(t.getSubject(), t.getBody(), true))
        .orElseGet(() -> defaults(kind, language));
  }

  /** The organisation's people get this wording from now on. */
  public Wording save(
      @Min(1) long organisationId,
      @NotNull ReminderKind kind,
      String language,
      @ReminderWording @Size(max = 200, message = "{platform.tooLong}") String subject,
      @ReminderWording @Size(max = 4000, message = "{platform.tooLong}") String body) {
    scope.requireOrAdmin(organisationId, "coordination.reminderText.change");
    check(kind, language);
    Optional<ReminderText> own = own(organisationId, kind, language);
    try {
      if (own.isPresent()) {
        own.get().reword(subject, body, clock.now());
      } else {
        em.persist(new ReminderText(organisationId, kind, language, subject, body, clock.now()));
      }
    } catch (IllegalArgumentException e) {
      // the page validates first; a caller that did not gets a sentence, not a 500
      throw new RuleViolationException(Messages.PLATFORM, "coordination_reminderTexts.invalid");
    }
    em.flush();
    audit.record(
        caller.accountId(),
        "coordination.reminderText.change",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        kind + " " + language);
    return of(organisationId, kind, language);
  }

  /** The organisation's own wording goes; its people get the default again. */
  public Wording restoreDefault(
      @Min(1) long organisationId, @NotNull ReminderKind kind, String language) {
    scope.requireOrAdmin(organisationId, "coordination.reminderText.change");
    check(kind, language);
    Optional<ReminderText> own = own(organisationId, kind, language);
    if (own.isPresent()) {
      em.remove(own.get());
      em.flush();
      audit.record(
          caller.accountId(),
          "coordination.reminderText.restore",
          "organisation",
          organisationId,
          Outcome.ALLOWED,
          kind + " " + language);
    }
    return defaults(kind, language);
  }

  /**
   * The wording of a mail to one of the organisation's people, in their language. Not guarded: it
   * runs for the daily job and for any coordinator's click, and a wording says nothing about
   * anyone.
   */
  public Wording forMail(long organisationId, ReminderKind kind, Locale locale) {
    String language = locale.getLanguage();
    if (kind.isRewordable() && ContentLanguages.isSupported(language)) {
      Optional<ReminderText> own = own(organisationId, kind, language);
      if (own.isPresent()) {
        return new Wording(own.get().getSubject(), own.get().getBody(), true);
      }
    }
    return defaults(kind, language);
  }

  /**
   * The platform's default wording, from the bundle, with its numbered arguments written as the
   * named placeholders (the bundle's escaping is undone by formatting it).
   */
  public static Wording defaults(ReminderKind kind, String language) {
    Locale locale = Locale.forLanguageTag(language);
    String key = "coordination_mail." + kind.name();
    return new Wording(
        Messages.get(Messages.PLATFORM, locale, key + ".subject", "{course}"),
        Messages.get(
            Messages.PLATFORM, locale, key + ".body", "{name}", "{course}", "{due}", "{link}"),
        false);
  }

  /**
   * The organisations the caller may word reminders for: those they coordinate (every one, for a
   * national coordinator), else those they are an admin of.
   */
  public List<Organisation> organisations() {
    if (caller.hasRole(Role.COORDINATOR)) {
      return scope.visibleOrganisations();
    }
    return caller.organisationsWith(Role.ADMIN).stream()
        .sorted()
        .map(id -> em.find(Organisation.class, id))
        .filter(Objects::nonNull)
        .toList();
  }

  private Optional<ReminderText> own(long organisationId, ReminderKind kind, String language) {
    return em.createNamedQuery("ReminderText.find", ReminderText.class)
        .setParameter("organisationId", organisationId)
        .setParameter("kind", kind)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  private static void check(ReminderKind kind, String language) {
    if (!kind.isRewordable() || !ContentLanguages.isSupported(language)) {
      throw new RuleViolationException(Messages.PLATFORM, "coordination_reminderTexts.invalid");
    }
  }
}
