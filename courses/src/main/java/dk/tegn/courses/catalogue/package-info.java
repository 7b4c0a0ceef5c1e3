/**
 * The course catalogue (issue 17): the published courses offered to a person, to browse and, where
 * the trainer allows it, to enrol in themselves.
 */
package dk.tegn.courses.catalogue;
