/** Registrations, allowed domains and rate-limit events. */
package dk.tegn.web.registration.entity;
