/** Builds the badge objects and images; reads certificates, courses and organisations. */
package dk.tegn.courses.badge.control;
