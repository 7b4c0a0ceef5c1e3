/** What the LTI tool holds about people (platform user ids, link members, scores), for GDPR. */
package dk.tegn.lti.privacy;
