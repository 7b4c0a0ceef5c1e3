/** The trainer's quiz editor: settings, review options, dates and slots. */
package dk.tegn.assessments.quiz.boundary;
