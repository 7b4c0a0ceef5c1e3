/** LTI launches: control. */
package dk.tegn.lti.launch.control;
