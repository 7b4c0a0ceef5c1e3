/** Account services: directory, administration, own account, password hashing and policy. */
package dk.tegn.core.account.control;
