/**
 * Runs data-subject requests over every module's {@link dk.tegn.core.privacy.PrivacyProvider}:
 * export of one person, erasure step by step (each module's part in its own transaction, recorded
 * in {@code plt_erasure_step}), and the retention rule for inactive accounts. Core's own provider
 * covers accounts, role grants, the audit log and the mail outbox.
 */
package dk.tegn.core.privacy.control;
