/** The certificate and its random verification code. */
package dk.tegn.courses.certificate.entity;
