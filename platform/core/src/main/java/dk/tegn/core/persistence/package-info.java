/** JPA converters shared by every module: Instant and LocalizedText columns. */
package dk.tegn.core.persistence;
