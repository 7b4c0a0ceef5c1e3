/**
 * The deployable WAR: layout, home pages, administration, REST application, error pages and
 * security wiring, and today also coordination (cohorts, assignments, enrolment keys,
 * self-registration, reminders, the coordinator dashboard and its exports: {@code coordination},
 * {@code enrolment}, {@code registration}), which is to move to a module of its own (DESIGN.md).
 */
package dk.tegn.web;
