/** Records progress and completion, observes graded quiz attempts, raises CourseCompleted. */
package dk.tegn.courses.completion.control;
