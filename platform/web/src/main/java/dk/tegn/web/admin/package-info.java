/** Administration of accounts and roles within organisations. */
package dk.tegn.web.admin;
