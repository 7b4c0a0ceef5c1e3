package dk.tegn.courses.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.i18n.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatNextTest {

  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  static MyCourse course(
      long id, EnrolmentStatus status, LocalDate due, boolean mandatory, Instant expires) {
    return new MyCourse(
        id,
        id,
        LocalizedText.of("da", "Kursus " + id),
        null,
        1,
        status,
        status == EnrolmentStatus.IN_PROGRESS ? 40 : 0,
        due,
        expires == null ? null : NOW.minus(Duration.ofDays(600)),
        expires,
        mandatory,
        30,
        null);
  }

  @Test
  void anOverdueCourseComesBeforeOneDueLaterAndOneBegunWithoutADate() {
    WhatNext next =
        WhatNext.of(
            List.of(
                course(1, EnrolmentStatus.IN_PROGRESS, null, false, null),
                course(2, EnrolmentStatus.NOT_STARTED, LocalDate.parse("2027-01-10"), true, null),
                course(3, EnrolmentStatus.OVERDUE, LocalDate.parse("2026-12-01"), true, null),
                course(4, EnrolmentStatus.NOT_STARTED, LocalDate.parse("2026-12-20"), true, null)),
            NOW);
    assertEquals(3, next.next().orElseThrow().courseId());
    assertEquals(1, next.overdue());
    assertEquals(
        4,
        WhatNext.of(
                List.of(
                    course(1, EnrolmentStatus.IN_PROGRESS, null, false, null),
                    course(
                        2, EnrolmentStatus.NOT_STARTED, LocalDate.parse("2027-01-10"), true, null),
                    course(
                        4, EnrolmentStatus.NOT_STARTED, LocalDate.parse("2026-12-20"), true, null)),
                NOW)
            .next()
            .orElseThrow()
            .courseId(),
        "the nearest due date");
  }

  @Test
  void aBegunCourseComesBeforeAMandatoryOneNotBegunAndThatBeforeAnOptionalOne() {
    assertEquals(
        1,
        WhatNext.of(
                List.of(
                    course(2, EnrolmentStatus.NOT_STARTED, null, true, null),
                    course(1, EnrolmentStatus.IN_PROGRESS, null, false, null)),
                NOW)
            .next()
            .orElseThrow()
            .courseId());
    assertEquals(
        2,
        WhatNext.of(
                List.of(
                    course(3, EnrolmentStatus.NOT_STARTED, null, false, null),
                    course(2, EnrolmentStatus.NOT_STARTED, null, true, null)),
                NOW)
            .next()
            .orElseThrow()
            .courseId());
  }

  @Test
  void certificatesExpiringWithinNinetyDaysAreListedSoonestFirstAndCompletedCoursesAreNotNext() {
    WhatNext next =
        WhatNext.of(
            List.of(
                course(1, EnrolmentStatus.COMPLETED, null, true, NOW.plus(Duration.ofDays(80))),
                course(2, EnrolmentStatus.COMPLETED, null, true, NOW.plus(Duration.ofDays(20))),
                course(3, EnrolmentStatus.COMPLETED, null, true, NOW.plus(Duration.ofDays(200)))),
            NOW);
    assertTrue(next.next().isEmpty());
    assertEquals(List.of(2L, 1L), next.expiring().stream().map(MyCourse::courseId).toList());
    assertTrue(WhatNext.of(List.of(), NOW).isEmpty());
  }
}
