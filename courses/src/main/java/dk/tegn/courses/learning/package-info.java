/** The course player: opening items, marking done, scenario reveal, resume on any device. */
package dk.tegn.courses.learning;
