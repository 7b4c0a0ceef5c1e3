/** Grade book scores: entity. */
package dk.tegn.lti.grade.entity;
