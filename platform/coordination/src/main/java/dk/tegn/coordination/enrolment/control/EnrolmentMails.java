package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes enrolment mail in the recipient's language (their own choice, else their organisation's
 * default) and queues it in the outbox, in the caller's transaction.
 */
@ApplicationScoped
public class EnrolmentMails {

  static final String MY_COURSES = "courses/learn/my-courses.xhtml";

  @PersistenceContext EntityManager em;
  @Inject MailOutbox outbox;
  @Inject CourseFacts courses;

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
    String when =
        date == null
            ? ""
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    String key = "coordination_mail." + kind.name();
    outbox.enqueue(
        account.getEmail(),
        Messages.get(Messages.PLATFORM, locale, key + ".subject", title),
        Messages.get(
            Messages.PLATFORM,
            locale,
            key + ".body",
            account.getDisplayName(),
            title,
            when,
            link(MY_COURSES)),
        account.getOrganisation().getId());
    return true;
  }

  public String link(String path) {
    return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
  }

  public static Locale localeOf(Account account) {
    String language =
        blank(account.getLocale())
            ? account.getOrganisation().getDefaultLocale()
            : account.getLocale();
    return Locale.forLanguageTag(blank(language) ? "da" : language);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
