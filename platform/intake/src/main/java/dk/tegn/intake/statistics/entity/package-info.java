/** Tables of counts with their suppression. */
package dk.tegn.intake.statistics.entity;
