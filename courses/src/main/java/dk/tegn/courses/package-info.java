/**
 * Courses, modules, lessons, versioned publishing, enrolments, progress, completion and
 * certificates.
 */
package dk.tegn.courses;
