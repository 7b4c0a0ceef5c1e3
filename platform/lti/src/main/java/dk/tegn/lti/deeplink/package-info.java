/**
 * Deep Linking: a teacher in the platform picks the Tegn course or quiz to link; Tegn answers with
 * a signed LtiDeepLinkingResponse.
 */
package dk.tegn.lti.deeplink;
