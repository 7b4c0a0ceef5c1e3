package dk.tegn.courses.enrolment.control;

/**
 * An enrolment that {@link Enrolments#placeAll} made: whose it is and its id.
 *
 * @param accountId the trainee
 * @param enrolmentId the new enrolment
 */
public record Placed(long accountId, long enrolmentId) {}
