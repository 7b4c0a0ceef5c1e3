/** Error pages instead of stack traces. */
package dk.tegn.web.error;
