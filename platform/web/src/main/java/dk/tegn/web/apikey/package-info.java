/** Service accounts' API keys for administrators: the admin page and the REST resource. */
package dk.tegn.web.apikey;
