/**
 * Coordination, between the learning modules and the WAR: {@code coordinator} (cohorts, dashboard,
 * settings), {@code enrolment} (assignments, due dates, recertification, enrolment keys, reminders)
 * and {@code registration} (self-registration). Owns the {@code crd_} tables ({@link
 * dk.tegn.coordination.CoordinationSchema}); knows courses and core, and nothing of intake.
 */
package dk.tegn.coordination;
