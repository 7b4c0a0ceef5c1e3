/**
 * Encryption at rest of the identifying and narrative fields of referrals with Google Tink AEAD
 * (AES-256-GCM). The keyset never enters the database: it comes from configuration ({@code
 * tegn.intake.keyset}, a Tink JSON keyset, e.g. from the environment variable TEGN_INTAKE_KEYSET)
 * or from a file ({@code tegn.intake.keyset.file}), generated once for the embedded default. Every
 * ciphertext is bound by associated data to its referral and field. Rotation adds a new primary
 * key; old ciphertexts stay readable and a job re-encrypts them under the new key.
 */
package dk.tegn.intake.crypto;
