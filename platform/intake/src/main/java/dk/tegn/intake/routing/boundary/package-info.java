/** Admin pages for routing rules and team membership. */
package dk.tegn.intake.routing.boundary;
