/** Tegn's LTI keys: control. */
package dk.tegn.lti.key.control;
