/** Publishing and version history view (/courses/author/versions.xhtml). */
package dk.tegn.courses.version.boundary;
