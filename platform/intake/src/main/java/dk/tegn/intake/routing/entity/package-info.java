/** Teams, their members, on-call officers and routing rules. */
package dk.tegn.intake.routing.entity;
