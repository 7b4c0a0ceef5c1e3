/** Deep Linking: boundary. */
package dk.tegn.lti.deeplink.boundary;
