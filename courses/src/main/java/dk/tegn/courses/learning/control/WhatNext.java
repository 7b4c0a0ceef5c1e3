package dk.tegn.courses.learning.control;

import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a trainee must do next, from their courses: the one course to continue (overdue first, then
 * the nearest due date, then one begun, then a mandatory one not begun, then any other, then a
 * certificate to renew), how many are overdue, and the certificates that expire within {@link
 * #EXPIRY_WARNING}.
 *
 * @param next the course to continue, if any is not completed
 * @param overdue courses not completed whose due date has passed
 * @param expiring completed courses whose certificate expires soon, soonest first
 */
public record WhatNext(Optional<MyCourse> next, long overdue, List<MyCourse> expiring) {

  /** How long before its end a certificate is shown as expiring (as the coordinator's report). */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(90);

  public static WhatNext of(List<MyCourse> courses, Instant now) {
    Optional<MyCourse> next =
        courses.stream()
            .filter(c -> c.status() != EnrolmentStatus.COMPLETED)
            .min(
                Comparator.comparingInt(WhatNext::rank)
                    .thenComparing(MyCourse::dueOn, Comparator.nullsLast(LocalDate::compareTo))
                    .thenComparing(MyCourse::progressPercent, Comparator.reverseOrder())
                    .thenComparing(MyCourse::courseId));
    long overdue = courses.stream().filter(c -> c.status() == EnrolmentStatus.OVERDUE).count();
    List<MyCourse> expiring =
        courses.stream()
            .filter(c -> c.status() == EnrolmentStatus.COMPLETED && c.expiresAt() != null)
            .filter(c -> c.expiresAt().isAfter(now))
            .filter(c -> c.expiresAt().isBefore(now.plus(EXPIRY_WARNING)))
            .sorted(Comparator.comparing(MyCourse::expiresAt))
            .toList();
    return new WhatNext(next, overdue, expiring);
  }

  private static int rank(MyCourse c) {
    if (c.status() == EnrolmentStatus.OVERDUE) {
      return 0;
    }
    if (c.status() == EnrolmentStatus.DUE_AGAIN) {
      return 5;
    }
    if (c.dueOn() != null) {
      return 1;
    }
    if (c.status() == EnrolmentStatus.IN_PROGRESS) {
      return 2;
    }
    return c.mandatory() ? 3 : 4;
  }

  /** Nothing to do and nothing expiring. */
  public boolean isEmpty() {
    return next.isEmpty() && expiring.isEmpty();
  }
}
