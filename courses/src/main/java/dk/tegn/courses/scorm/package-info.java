/**
 * SCORM 1.2 packages as items of a course: reading and refusing uploaded zips, storing their files,
 * serving a SCO in a sandboxed frame and keeping its run-time data (status, score, location,
 * suspend data, time) per enrolment, so the trainee resumes on any device.
 */
package dk.tegn.courses.scorm;
