/** Loads the catalogue from its JSON resource and applies the combination rule. */
package dk.tegn.intake.catalogue.control;
