package dk.tegn.courses.enrolment.control;

import dk.tegn.courses.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Active enrolments by their dates, a page at a time in the order of the date's index (date, then
 * id: each page starts where the last ended, however many pages there are), as facts: what
 * coordination's reminders ask for ("due within a week", "overdue", "certificate expires within 30
 * days"), each question for the people of some organisations, since every organisation times its
 * reminders. Indexes: ix_crs_enrolment_due (active, completed_at, due_on) and
 * ix_crs_enrolment_expiry (active, expires_at); the person's organisation is read from core's
 * account by primary key.
 */
@ApplicationScoped
@Transactional
public class DueEnrolments {

  /** The people of these organisations, or of every organisation but these. */
  public record People(Set<Long> organisations, boolean except) {

    public static People of(Set<Long> organisations) {
      return new People(Set.copyOf(organisations), false);
    }

    public static People allBut(Set<Long> organisations) {
      return new People(Set.copyOf(organisations), true);
    }
  }

  @PersistenceContext EntityManager em;

  /**
   * Not completed, due from {@code from} (null: any day before) to {@code to}, after {@code last}
   * (null: from the start), by due date.
   */
  public List<EnrolmentFact> dueBetween(
      People people, LocalDate from, LocalDate to, EnrolmentFact last, @Min(1) @Max(1000) int max) {
    return page(
        people,
        "e.completedAt is null and e.dueOn <= :to"
            + (from == null ? "" : " and e.dueOn >= :from")
            + (last == null
                ? ""
                : " and (e.dueOn > :lastDate or (e.dueOn = :lastDate and e.id > :lastId))"),
        " order by e.dueOn, e.id",
        max,
        q -> {
          q.setParameter("to", to);
          if (from != null) {
            q.setParameter("from", from);
          }
          if (last != null) {
            q.setParameter("lastDate", last.dueOn()).setParameter("lastId", last.id());
          }
        });
  }

  /**
   * Completed, the certificate expiring after {@code after} and by {@code until}, after {@code
   * last} (null: from the start), by expiry.
   */
  public List<EnrolmentFact> expiringBetween(
      People people, Instant after, Instant until, EnrolmentFact last, @Min(1) @Max(1000) int max) {
    return page(
        people,
        "e.completedAt is not null and e.expiresAt > :after and e.expiresAt <= :until"
            + (last == null
                ? ""
                : " and (e.expiresAt > :lastDate or (e.expiresAt = :lastDate and e.id > :lastId))"),
        " order by e.expiresAt, e.id",
        max,
        q -> {
          q.setParameter("after", after).setParameter("until", until);
          if (last != null) {
            q.setParameter("lastDate", last.expiresAt()).setParameter("lastId", last.id());
          }
        });
  }

  private List<EnrolmentFact> page(
      People people,
      String condition,
      String order,
      int max,
      Consumer<TypedQuery<Enrolment>> parameters) {
    if (!people.except() && people.organisations().isEmpty()) {
      return List.of();
    }
    boolean anyone = people.except() && people.organisations().isEmpty();
    TypedQuery<Enrolment> query =
        em.createQuery(
            "select e from Enrolment e"
                + (anyone ? "" : ", Account a")
                + " where e.active = true and "
                + condition
                + (anyone
                    ? ""
                    : " and a.id = e.accountId and a.organisation.id "
                        + (people.except() ? "not in" : "in")
                        + " :organisations")
                + order,
            Enrolment.class);
    parameters.accept(query);
    query.setMaxResults(max);
    if (!anyone) {
      query.setParameter("organisations", people.organisations());
    }
    return query.getResultStream().map(EnrolmentFact::of).toList();
  }
}
