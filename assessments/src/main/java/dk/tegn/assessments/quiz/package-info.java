/**
 * Quizzes: slots (a fixed question or N drawn from a category), pass mark, attempt limits, grading
 * method, time limit, shuffling, review options and open/close dates.
 */
package dk.tegn.assessments.quiz;
