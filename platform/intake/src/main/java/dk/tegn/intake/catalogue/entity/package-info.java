/**
 * The indicator catalogue and the values of a screening: immutable reference data read from the
 * catalogue's JSON resources (one per version), no persistence, so forms and validators of other
 * entity packages can check indicator keys against it.
 */
package dk.tegn.intake.catalogue.entity;
