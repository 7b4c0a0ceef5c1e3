/**
 * Data-subject rights (GDPR art. 15, 17, 20, 30), module by module. Every module declares the
 * personal data it holds and exports and erases one person's part of it through a {@link
 * dk.tegn.core.privacy.PrivacyProvider}, touching only its own tables; {@code control} runs the
 * erasure module by module (resumable, idempotent) and the retention rule for inactive accounts.
 */
package dk.tegn.core.privacy;
