package dk.tegn.courses.learning;

/**
 * Raised (as a CDI event) when a trainee enters a course's player from outside it (not when moving
 * between its items). Ids only.
 *
 * @param learnerId the trainee's account id
 * @param courseId the course
 * @param enrolmentId the enrolment the trainee works in
 * @param versionNumber the published version the enrolment follows
 */
public record CourseLaunched(long learnerId, long courseId, long enrolmentId, int versionNumber) {}
