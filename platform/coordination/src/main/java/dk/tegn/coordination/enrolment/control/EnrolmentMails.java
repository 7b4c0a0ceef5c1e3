package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.coordination.enrolment.entity.ReminderTemplate;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.courses.course.control.CourseFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes enrolment mail in the recipient's language (their own choice, else their organisation's
 * default) and queues it in the outbox, in the caller's transaction. Every kind is worded here, in
 * one way: the organisation's own wording of a reminder when it has one ({@link ReminderTexts}),
 * else the platform's, with the placeholders filled in.
 */
@ApplicationScoped
public class EnrolmentMails {

  static final String MY_COURSES = "courses/learn/my-courses.xhtml";

  /**
   * What the outbox keeps of a subject (VARCHAR(300)) and, within its TEXT column, of a body: an
   * organisation's wording that repeats a long title many times is cut rather than failing the
   * daily run's whole batch.
   */
  static final int SUBJECT_MAX = 300;

  static final int BODY_MAX = 16_000;

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;
  @Inject CourseFacts courses;
  @Inject ReminderTexts texts;

  @Inject
  @ConfigProperty(name = "tegn.public.url", defaultValue = "http://localhost:8080/")
  String publicUrl = "http://localhost:8080/";

  /** Queues a mail about a course; returns false when the person has no address. */
  public boolean send(ReminderKind kind, long accountId, long courseId, LocalDate date) {
    Account account = em.find(Account.class, accountId);
    if (account == null || blank(account.getEmail())) {
      return false;
    }
    Locale locale = localeOf(account);
    String title =
        courses
            .title(courseId, locale.getLanguage(), account.getOrganisation().getDefaultLocale())
            .orElse(null);
    if (title == null) {
      return false;
    }
    long organisationId = account.getOrganisation().getId();
    Wording wording = texts.forMail(organisationId, kind, locale);
    Map<String, String> values = values(account.getDisplayName(), title, date, locale);
    outbox.enqueue(
        account.getEmail(),
        fit(ReminderTemplate.render(wording.getSubject(), values), SUBJECT_MAX),
        fit(ReminderTemplate.render(wording.getBody(), values), BODY_MAX),
        organisationId);
    return true;
  }

  /**
   * {@link #send} to many people at once (a batch of a cohort): their addresses, names and
   * languages read in one query, each course title and wording once per language, the mails queued
   * in a few statements. Returns how many were queued.
   */
  public int sendAll(
      ReminderKind kind, Collection<Long> accountIds, long courseId, LocalDate date) {
    if (accountIds.isEmpty()) {
      return 0;
    }
    Map<String, Optional<String>> titles = new HashMap<>();
    Map<String, Wording> wordings = new HashMap<>();
    List<MailOutbox.Mail> queued = new ArrayList<>(accountIds.size());
    for (Object[] r :
        em.createQuery(
                "select a.email, a.displayName, a.locale, o.id, o.defaultLocale"
                    + " from Account a join a.organisation o where a.id in :ids order by a.id",
                Object[].class)
            .setParameter("ids", accountIds)
            .getResultList()) {
      String email = (String) r[0];
      if (blank(email)) {
        continue;
      }
      String fallback = (String) r[4];
      Locale locale = localeOf((String) r[2], fallback);
      String language = locale.getLanguage();
      Optional<String> title =
          titles.computeIfAbsent(
              language + "|" + fallback, k -> courses.title(courseId, language, fallback));
      if (title.isEmpty()) {
        continue;
      }
      long organisationId = (Long) r[3];
      Wording wording =
          wordings.computeIfAbsent(
              organisationId + "|" + locale.toLanguageTag(),
              k -> texts.forMail(organisationId, kind, locale));
      Map<String, String> values = values((String) r[1], title.get(), date, locale);
      queued.add(
          new MailOutbox.Mail(
              email,
              fit(ReminderTemplate.render(wording.getSubject(), values), SUBJECT_MAX),
              fit(ReminderTemplate.render(wording.getBody(), values), BODY_MAX),
              organisationId));
    }
    return outbox.enqueueAll(queued);
  }

  /**
   * What the placeholders of a mail stand for: the person's name, the course's title, the date (due
   * or expiry) written in their language, and the link to their courses.
   */
  public Map<String, String> values(String name, String course, LocalDate date, Locale locale) {
    String when =
        date == null
            ? ""
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    return Map.of("name", name, "course", course, "due", when, "link", link(MY_COURSES));
  }

  public String link(String path) {
    return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
  }

  public static Locale localeOf(Account account) {
    return localeOf(account.getLocale(), account.getOrganisation().getDefaultLocale());
  }

  /** The person's own language, else their organisation's default, else Danish. */
  public static Locale localeOf(String own, String organisationDefault) {
    String language = blank(own) ? organisationDefault : own;
    return Locale.forLanguageTag(blank(language) ? "da" : language);
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
