/** Grade book scores: control. */
package dk.tegn.lti.grade.control;
