/** The one feed secret per account, kept as its SHA-256 only. */
package dk.tegn.courses.calendar.entity;
