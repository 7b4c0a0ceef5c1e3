/**
 * The signed-in session as the browser sees it: a light ping keeps it alive while someone works on
 * a quiz or a form, and tells the page how long it has left, so the page can warn before it ends
 * and say so when a save did not reach the server. The page side is {@code
 * resources/tegn/session.js}, drawn by the layout.
 */
package dk.tegn.web.session;
