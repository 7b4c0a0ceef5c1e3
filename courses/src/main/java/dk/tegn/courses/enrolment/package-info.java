/** Enrolment records: a trainee in a course, pinned to a version, with an optional due date. */
package dk.tegn.courses.enrolment;
