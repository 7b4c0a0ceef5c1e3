/**
 * Question banks: categories of versioned, translatable questions of seven types, and their
 * grading. Trainers see and edit the banks of their organisation and shared ones (no organisation).
 */
package dk.tegn.assessments.question;
