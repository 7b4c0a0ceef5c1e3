package dk.tegn.courses.learning;

/**
 * Raised (as a CDI event) once per enrolment and item, when a lesson or scenario becomes done. Ids
 * only.
 *
 * @param learnerId the trainee's account id
 * @param courseId the course
 * @param enrolmentId the enrolment
 * @param versionNumber the published version the enrolment follows
 * @param itemKey the item's key, stable across the course's versions
 */
public record LessonExperienced(
    long learnerId, long courseId, long enrolmentId, int versionNumber, long itemKey) {}
