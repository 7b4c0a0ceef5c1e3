/** The keyset (loading, generation, rotation), the field cipher and the re-encryption job. */
package dk.tegn.intake.crypto.control;
