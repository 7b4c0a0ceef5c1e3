package dk.tegn.courses.completion;

/**
 * Raised (as a CDI event) once per enrolment, when a trainee completes a course. Certificates and
 * statistics observe it; it carries ids only.
 *
 * @param learnerId the trainee's account id
 * @param courseId the completed course
 * @param enrolmentId the enrolment completed
 * @param versionNumber the published version the trainee completed
 */
public record CourseCompleted(long learnerId, long courseId, long enrolmentId, int versionNumber) {}
