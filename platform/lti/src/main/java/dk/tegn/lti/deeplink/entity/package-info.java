/** Deep Linking: entity. */
package dk.tegn.lti.deeplink.entity;
