/**
 * Tegn as an LTI 1.3 tool (LTI Advantage): platforms such as Moodle register Tegn, launch its
 * courses and quizzes (OIDC third-party login, signed id_token), receive scores in their grade book
 * (Assignment and Grade Services) and let teachers pick what to link (Deep Linking). Tables {@code
 * lti_}; every signature and key through Nimbus JOSE + JWT.
 */
package dk.tegn.lti;
