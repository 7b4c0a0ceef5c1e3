/** The platform clock: whole seconds, UTC. */
package dk.tegn.core.time;
