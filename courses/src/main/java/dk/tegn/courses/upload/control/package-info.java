/** Accepting uploads: size limit, content type by the bytes, alt text for images. */
package dk.tegn.courses.upload.control;
