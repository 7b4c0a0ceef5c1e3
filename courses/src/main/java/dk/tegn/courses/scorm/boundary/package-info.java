/**
 * The SCO's files, served under a launch code with a sandboxing Content-Security-Policy, and the
 * REST endpoint the player's SCORM runtime commits to.
 */
package dk.tegn.courses.scorm.boundary;
