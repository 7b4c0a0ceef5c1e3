/** The organisation entity. */
package dk.tegn.core.organisation.entity;
