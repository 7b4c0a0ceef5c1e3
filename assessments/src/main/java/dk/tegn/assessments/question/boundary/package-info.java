/**
 * The trainer's question editor (every type, Danish and English side by side, preview as a trainee
 * sees it) and the category page listing a category's questions.
 */
package dk.tegn.assessments.question.boundary;
