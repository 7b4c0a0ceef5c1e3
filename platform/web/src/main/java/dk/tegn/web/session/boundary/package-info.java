/** The address the page pings: {@code GET /session}. */
package dk.tegn.web.session.boundary;
