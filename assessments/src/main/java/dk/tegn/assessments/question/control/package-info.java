/** Question bank services and the authoring access rule shared with quizzes. */
package dk.tegn.assessments.question.control;
