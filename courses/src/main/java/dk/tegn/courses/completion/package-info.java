/** Completion rules item to module to course; the CourseCompleted event. */
package dk.tegn.courses.completion;
