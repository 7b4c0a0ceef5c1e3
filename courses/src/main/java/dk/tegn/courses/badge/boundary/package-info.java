/** The public badge addresses under /badges/ and the holder's baked badge download. */
package dk.tegn.courses.badge.boundary;
