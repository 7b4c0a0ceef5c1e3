/**
 * Operating the referral keyset: the admin's key rotation endpoint and the schedule that moves old
 * ciphertexts to the current primary key after a rotation.
 */
package dk.tegn.intake.crypto.boundary;
