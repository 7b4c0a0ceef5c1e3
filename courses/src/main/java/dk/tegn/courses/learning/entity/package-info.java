/** Per-item progress of an enrolment and the rule for when an item is done. */
package dk.tegn.courses.learning.entity;
