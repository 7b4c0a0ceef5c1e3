/** /admin/api-keys.xhtml and /api/admin/api-keys: issue (shown once), list and revoke keys. */
package dk.tegn.web.apikey.boundary;
