/** Assessments' privacy provider. */
package dk.tegn.assessments.privacy.control;
