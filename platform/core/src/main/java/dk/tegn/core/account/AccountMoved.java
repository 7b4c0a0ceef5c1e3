package dk.tegn.core.account;

/**
 * Raised (as a synchronous CDI event, in the transaction that moved the account, after the row is
 * written) when a person moves to another organisation. Modules that count people per organisation
 * observe it; it carries ids only.
 *
 * @param accountId the person
 * @param fromOrganisationId where they were
 * @param toOrganisationId where they are now
 */
public record AccountMoved(long accountId, long fromOrganisationId, long toOrganisationId) {}
