/** Cohort membership from a provider's groups, and the cohorts an administrator can map to. */
package dk.tegn.web.sso.control;
