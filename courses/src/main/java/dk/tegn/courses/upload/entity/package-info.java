/** An uploaded file and the types accepted. */
package dk.tegn.courses.upload.entity;
