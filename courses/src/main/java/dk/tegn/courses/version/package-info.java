/** Publishing: immutable, numbered versions with a snapshot of the course and what changed. */
package dk.tegn.courses.version;
