/** LTI launches: entity. */
package dk.tegn.lti.launch.entity;
