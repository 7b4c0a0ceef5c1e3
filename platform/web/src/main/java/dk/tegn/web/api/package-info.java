/** The REST application, /api/me and the JSON error answers. */
package dk.tegn.web.api;
