/** Courses' privacy provider. */
package dk.tegn.courses.privacy.control;
