package dk.tegn.core.sso;

import java.util.Set;

/**
 * Fired (synchronously, in the sign-in's transaction) when a person signed in through their
 * organisation's provider: {@code cohortIds} are the cohorts their groups map to now, {@code
 * mappedCohortIds} every cohort the provider's mappings name. The module that owns cohorts puts the
 * person into the first and takes them out of the rest of the second.
 */
public record SsoGroupsMapped(
    long accountId, long organisationId, Set<Long> cohortIds, Set<Long> mappedCohortIds) {}
