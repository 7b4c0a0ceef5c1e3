/**
 * Question banks: categories of versioned, translatable questions of seven types, and their
 * grading. Trainers see and edit the banks of their organisation; shared ones (no organisation) are
 * seen by every trainer and edited only by trainers and admins of the national organisation.
 */
package dk.tegn.assessments.question;
