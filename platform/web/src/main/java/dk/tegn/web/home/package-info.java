/** Home pages per role. */
package dk.tegn.web.home;
