/** Tegn's LTI keys: entity. */
package dk.tegn.lti.key.entity;
