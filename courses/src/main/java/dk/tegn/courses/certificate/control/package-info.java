/** Issuing certificates on completion, rendering them as PDF and verifying codes. */
package dk.tegn.courses.certificate.control;
