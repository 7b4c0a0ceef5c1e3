/** Enrolling trainees and listing a trainee's courses. */
package dk.tegn.courses.enrolment.control;
