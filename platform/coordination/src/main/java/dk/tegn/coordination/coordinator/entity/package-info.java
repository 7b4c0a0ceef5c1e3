/** Cohorts and their members, and per-organisation coordination settings. */
package dk.tegn.coordination.coordinator.entity;
