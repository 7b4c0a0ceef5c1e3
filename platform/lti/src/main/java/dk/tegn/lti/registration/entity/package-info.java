/** LTI platform registrations: entity. */
package dk.tegn.lti.registration.entity;
