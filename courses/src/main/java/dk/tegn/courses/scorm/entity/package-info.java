/** A stored SCORM package, its SCOs and files, and a trainee's run-time data of one SCO. */
package dk.tegn.courses.scorm.entity;
