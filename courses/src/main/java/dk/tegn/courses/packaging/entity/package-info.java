/** A course package as read from its files, and the problems found in it. No JPA entities. */
package dk.tegn.courses.packaging.entity;
