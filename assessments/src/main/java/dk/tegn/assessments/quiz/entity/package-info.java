/** Quizzes, their slots and the rules on review and grading methods. */
package dk.tegn.assessments.quiz.entity;
