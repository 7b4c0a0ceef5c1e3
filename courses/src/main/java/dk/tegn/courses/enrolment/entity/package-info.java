/** The enrolment and its status for "My courses". */
package dk.tegn.courses.enrolment.entity;
