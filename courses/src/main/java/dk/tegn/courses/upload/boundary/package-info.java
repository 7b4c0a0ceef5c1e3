/** Serving uploaded files with safe headers. */
package dk.tegn.courses.upload.boundary;
