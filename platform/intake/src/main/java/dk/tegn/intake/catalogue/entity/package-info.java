/** Values of the indicator catalogue and of a screening: immutable, no persistence. */
package dk.tegn.intake.catalogue.entity;
