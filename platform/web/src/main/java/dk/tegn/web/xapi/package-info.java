/**
 * The administrator's page for xAPI: the organisation's Learning Record Store and the state of its
 * statement outbox. The statements themselves are courses' ({@code dk.tegn.courses.xapi}).
 */
package dk.tegn.web.xapi;
