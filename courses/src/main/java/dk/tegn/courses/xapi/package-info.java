/**
 * xAPI learning records: statements (xAPI 1.0.3) of what trainees do in courses and quizzes, built
 * from the ids that courses and assessments raise as events (a graded attempt's: read a moment
 * later behind a cursor of this package's own, through assessments' {@code GradedAnswers}, rather
 * than in the submit), kept in a durable outbox of this package's own tables ({@code crs_xapi_*}),
 * sent in batches to the Learning Record Store an organisation configures, and served read-only at
 * {@code /api/xapi/statements}. Nothing of intake is ever a statement: this module cannot even see
 * it.
 */
package dk.tegn.courses.xapi;
