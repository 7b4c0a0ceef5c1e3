/** The xAPI statements resource, the LRS settings resource and the sending schedule. */
package dk.tegn.courses.xapi.boundary;
