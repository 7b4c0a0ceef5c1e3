/**
 * Open Badges 2.0 for certificates: the issuer profile, badge class and hosted assertion as public
 * JSON-LD, the badge image per course, the baked PNG a holder downloads, and the revocation of a
 * withdrawn certificate's badge.
 */
package dk.tegn.courses.badge;
