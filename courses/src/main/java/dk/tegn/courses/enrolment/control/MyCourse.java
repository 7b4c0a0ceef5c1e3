package dk.tegn.courses.enrolment.control;

import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.i18n.LocalizedText;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a trainee's "My courses".
 *
 * @param recompletionReason why the trainer asks this completed course to be taken again (a version
 *     changed a graded fact); null otherwise
 */
public record MyCourse(
    long enrolmentId,
    long courseId,
    LocalizedText title,
    LocalizedText summary,
    int versionNumber,
    EnrolmentStatus status,
    int progressPercent,
    LocalDate dueOn,
    Instant completedAt,
    Instant expiresAt,
    boolean mandatory,
    int estimatedMinutes,
    String recompletionReason)
    implements Serializable {}
