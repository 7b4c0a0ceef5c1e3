/**
 * Routing of referrals to the centre's teams by rules kept as data (editable by an admin), the
 * teams and their members, and who is on call for referrals in immediate danger.
 */
package dk.tegn.intake.routing;
