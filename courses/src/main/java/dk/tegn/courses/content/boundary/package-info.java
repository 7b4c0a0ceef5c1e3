/** Rendering course content in pages. */
package dk.tegn.courses.content.boundary;
