/**
 * Single sign-on in the web application: the start and callback addresses of the OpenID Connect
 * flow, the choice of provider on the sign-in page, signing out at the provider, the
 * administrator's page and REST resource, and the cohorts that group mappings give.
 */
package dk.tegn.web.sso;
