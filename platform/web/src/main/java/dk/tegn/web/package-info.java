/**
 * The deployable WAR: it assembles the modules into one application. Layout and navigation, home
 * pages, the admin shell (accounts, API keys, audit log, outbox), the REST application and its JSON
 * handling, error pages, health checks, security wiring, start-up (data source, schema) and demo
 * data. Features live in their modules; coordination in {@code platform/coordination}.
 */
package dk.tegn.web;
