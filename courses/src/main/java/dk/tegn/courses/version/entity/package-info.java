/** Published snapshots (pure values, JSON-stored), versions and the change list. */
package dk.tegn.courses.version.entity;
