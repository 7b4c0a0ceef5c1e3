/** Organisations: the bodies whose people train or refer. */
package dk.tegn.core.organisation;
