/** Deep Linking: control. */
package dk.tegn.lti.deeplink.control;
