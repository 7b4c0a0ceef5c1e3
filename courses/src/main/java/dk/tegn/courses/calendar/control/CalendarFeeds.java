package dk.tegn.courses.calendar.control;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Transparency;
import biweekly.util.ICalDate;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.apikey.control.ApiKeyFormat;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.RandomCodes;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.calendar.entity.CalendarFeed;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A trainee's calendar feed: all-day events for the due date of each open course and the expiry of
 * each valid certificate, in the account's language. The address carries a secret (32 random bytes)
 * shown once; creating a new one stops the old address, stopping removes it.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

  /** Dates in the feed are Danish calendar days, as due dates are set, unless one chose a zone. */
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  /** At most this many events of each kind: a person's own courses, never an organisation's. */
  static final int MAX_EVENTS = 500;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject AuditLog audit;

  /** Whether the caller has a feed now. */
  public boolean exists() {
    return em.find(CalendarFeed.class, caller.accountId()) != null;
  }

  /** A new secret for the caller's feed, replacing any earlier one; returned once, never stored. */
  public String create() {
    long accountId = caller.accountId();
    String token = RandomCodes.urlSafe(32);
    CalendarFeed feed = em.find(CalendarFeed.class, accountId);
    if (feed == null) {
      em.persist(new CalendarFeed(accountId, ApiKeyFormat.hash(token), clock.now()));
    } else {
      feed.replace(ApiKeyFormat.hash(token), clock.now());
    }
    audit.record(accountId, "calendar.feed.create", "account", accountId, Outcome.ALLOWED);
    return token;
  }

  /** Stops the caller's feed: its address answers 404 from now on. */
  public void stop() {
    CalendarFeed feed = em.find(CalendarFeed.class, caller.accountId());
    if (feed != null) {
      em.remove(feed);
      audit.record(
          caller.accountId(), "calendar.feed.stop", "account", caller.accountId(), Outcome.ALLOWED);
    }
  }

  /** The feed behind a secret, as iCalendar text; empty for an unknown or stopped secret. */
  public Optional<String> ics(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Optional<CalendarFeed> feed =
        em.createNamedQuery("CalendarFeed.findByTokenHash", CalendarFeed.class)
            .setParameter("tokenHash", ApiKeyFormat.hash(token))
            .getResultStream()
            .findFirst();
    if (feed.isEmpty()) {
      return Optional.empty();
    }
    Account account = em.find(Account.class, feed.get().getAccountId());
    if (account == null || !account.isEnabled() || account.isErased()) {
      return Optional.empty();
    }
    Locale locale =
        ContentLanguages.resolveUiLocale(
            account.getLocale(), List.of(), account.getOrganisation().getDefaultLocale());
    // an expiry instant falls on the day of the person's own zone when they chose one
    ZoneId zone = account.zoneOr(ZONE);
    return Optional.of(Biweekly.write(calendar(account.getId(), locale, zone)).go());
  }

  private ICalendar calendar(long accountId, Locale locale, ZoneId zone) {
    String language = locale.getLanguage();
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//Tegn//calendar feed//" + language.toUpperCase(Locale.ROOT));
    calendar.setName(Messages.get(Messages.COURSES, locale, "courses_calendar.name"));
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", accountId)
            .setMaxResults(MAX_EVENTS)
            .getResultList()) {
      if (e.getDueOn() != null && e.getCompletedAt() == null) {
        String title = title(e.getCourseId(), e.getVersionNumber(), language);
        calendar.addEvent(
            event(
                "enrolment-" + e.getId() + "-due@tegn",
                e.getDueOn(),
                Messages.get(Messages.COURSES, locale, "courses_calendar.due", title)));
      }
    }
    for (Certificate c :
        em.createNamedQuery("Certificate.findByAccount", Certificate.class)
            .setParameter("accountId", accountId)
            .setMaxResults(MAX_EVENTS)
            .getResultList()) {
      if (!c.isWithdrawn() && c.getExpiresAt() != null) {
        String title = title(c.getCourseId(), c.getVersionNumber(), language);
        calendar.addEvent(
            event(
                "certificate-" + c.getId() + "-expiry@tegn",
                LocalDate.ofInstant(c.getExpiresAt(), zone),
                Messages.get(Messages.COURSES, locale, "courses_calendar.expires", title)));
      }
    }
    return calendar;
  }

  private String title(long courseId, int version, String language) {
    LocalizedText title = versions.course(courseId, version).title();
    return title.resolve(language, language);
  }

  private static Date dateOnly(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private VEvent event(String uid, LocalDate day, String summary) {
    VEvent event = new VEvent();
    event.setUid(uid);
    event.setSummary(summary);
    // an all-day event: a date without a time (which biweekly writes in the JVM's own zone)
    event.setDateStart(new ICalDate(dateOnly(day), false));
    event.setDateEnd(new ICalDate(dateOnly(day.plusDays(1)), false));
    event.setTransparency(Transparency.transparent());
    event.setDateTimeStamp(Date.from(clock.now()));
    return event;
  }
}
