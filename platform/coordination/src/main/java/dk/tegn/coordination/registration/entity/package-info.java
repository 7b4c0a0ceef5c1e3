/** Registrations, allowed domains and rate-limit events. */
package dk.tegn.coordination.registration.entity;
