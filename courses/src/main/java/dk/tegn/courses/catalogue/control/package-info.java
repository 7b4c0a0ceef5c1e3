/** Which courses a caller is offered, and self-enrolment with its rules. */
package dk.tegn.courses.catalogue.control;
