/** The platform clock (whole seconds, UTC) and the zone a viewer reads times in. */
package dk.tegn.core.time;
