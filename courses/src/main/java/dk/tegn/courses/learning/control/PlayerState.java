package dk.tegn.courses.learning.control;

import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.version.entity.PublishedCourse;
import java.util.Map;
import java.util.Set;

/**
 * What the course player shows: the trainee's version of the course, what is done and open, and the
 * current item.
 *
 * @param revealed keys of scenarios whose explanation the trainee has revealed
 * @param bestScores best quiz score per quiz item key
 * @param certificateCode set once the course is completed
 */
public record PlayerState(
    long enrolmentId,
    long courseId,
    int versionNumber,
    PublishedCourse course,
    CourseProgress progress,
    Set<Long> revealed,
    Map<Long, Integer> bestScores,
    long currentKey,
    EnrolmentStatus status,
    String certificateCode) {}
