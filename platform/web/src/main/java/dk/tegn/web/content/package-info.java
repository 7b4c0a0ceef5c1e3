/**
 * Course content that needs more than the courses module knows: lesson blocks drawn from the intake
 * module's indicator catalogue, so a course teaches exactly the list the referral form asks about.
 */
package dk.tegn.web.content;
