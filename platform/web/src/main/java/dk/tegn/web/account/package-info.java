/** What a person does with their own account. */
package dk.tegn.web.account;
