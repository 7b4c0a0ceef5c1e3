/**
 * Reading a SCORM 1.2 zip (manifest, limits against zip slip and zip bombs), storing it, launching
 * a SCO and recording what the SCO commits, which feeds the course's completion.
 */
package dk.tegn.courses.scorm.control;
