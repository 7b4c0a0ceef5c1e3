/** The schedule that moves old ciphertexts to the current primary key after a rotation. */
package dk.tegn.intake.crypto.boundary;
