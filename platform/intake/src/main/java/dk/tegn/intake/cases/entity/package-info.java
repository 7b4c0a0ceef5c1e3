/** A worked case as read from the library: immutable values, no persistence. */
package dk.tegn.intake.cases.entity;
