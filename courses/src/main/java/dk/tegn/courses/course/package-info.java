/** The course draft a trainer edits: settings, ordered modules and items, translations. */
package dk.tegn.courses.course;
