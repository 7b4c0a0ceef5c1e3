/** REST resources for taking quizzes: /api/quizzes/{id}/attempts and /api/attempts/{id}. */
package dk.tegn.assessments.attempt.boundary;
