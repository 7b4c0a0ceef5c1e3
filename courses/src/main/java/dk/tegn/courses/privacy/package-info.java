/** What courses holds about a person (enrolments, progress, completions, certificates). */
package dk.tegn.courses.privacy;
