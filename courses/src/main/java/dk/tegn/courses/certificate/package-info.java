/** Certificates with validity, PDF download and public verification by code. */
package dk.tegn.courses.certificate;
