/**
 * Enrolment methods: assigning courses to people and cohorts with due dates (kept in sync when
 * people join a cohort later), recertification of mandatory courses, course enrolment keys, and the
 * mails about them (assignment notices, reminders, certificate expiry warnings). The enrolment
 * records themselves belong to the courses module; these methods end in its {@code Enrolments}.
 */
package dk.tegn.coordination.enrolment;
