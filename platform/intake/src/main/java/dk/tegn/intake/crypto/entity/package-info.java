/** A ciphertext with the id of its key. */
package dk.tegn.intake.crypto.entity;
