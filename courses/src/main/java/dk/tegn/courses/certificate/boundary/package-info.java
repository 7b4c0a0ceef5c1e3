/** Certificate download for the holder, and the public verify page with its /verify/<code> address. */
package dk.tegn.courses.certificate.boundary;
