/** Question banks, quizzes, attempts, grading and question statistics. Knows nothing of courses. */
package dk.tegn.assessments;
