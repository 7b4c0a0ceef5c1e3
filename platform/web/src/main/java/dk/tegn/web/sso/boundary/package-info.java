/** Pages, servlet and REST resource of single sign-on. */
package dk.tegn.web.sso.boundary;
