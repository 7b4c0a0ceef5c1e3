/** Publishing a draft, the version history, and reading published versions. */
package dk.tegn.courses.version.control;
