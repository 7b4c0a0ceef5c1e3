/**
 * The ways in to course packages: the REST resource trainers and the command line use, the command
 * line tool itself, and the demo seeder's observer.
 */
package dk.tegn.courses.packaging.boundary;
