/** The privacy pages, their menu entries and the scheduled retention job. */
package dk.tegn.web.privacy.boundary;
