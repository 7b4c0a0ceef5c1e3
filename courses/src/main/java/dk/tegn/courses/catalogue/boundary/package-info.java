/** The catalogue page and {@code /api/catalogue}. */
package dk.tegn.courses.catalogue.boundary;
