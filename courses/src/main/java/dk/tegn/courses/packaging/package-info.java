/**
 * Course packages (format {@code tegn-course/1}, see courses/PACKAGES.md): a whole course with its
 * lessons, media and question bank as files, read and checked as a whole, imported as a new course
 * or as the next draft of an existing one, exported from any course; and the starter curriculum
 * shipped as three such packages.
 */
package dk.tegn.courses.packaging;
