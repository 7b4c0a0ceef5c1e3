/**
 * The erasure record per person (with a step per module) and the retention policy per organisation.
 */
package dk.tegn.core.privacy.entity;
