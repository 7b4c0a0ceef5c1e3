/** The completion rules and the once-per-enrolment completion record. */
package dk.tegn.courses.completion.entity;
