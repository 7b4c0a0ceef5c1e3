package dk.tegn.courses.enrolment;

/**
 * Raised (as a synchronous CDI event, in the publishing transaction, after the rows are written)
 * when a course is published with "everyone restarts": every active enrolment of the course that
 * was not completed is now not started, its due date unchanged. One fact for what may be 100,000
 * rows, so that an observer can follow it in a few statements instead of one per enrolment.
 *
 * @param courseId the course
 */
public record EnrolmentsRestarted(long courseId) {}
