/** Sign-in: the database identity store, lock-out, and the signed-in caller of a request. */
package dk.tegn.core.security.control;
