/** The router (first matching rule wins) and the services that administer teams and rules. */
package dk.tegn.intake.routing.control;
