/** The API key record: its hash, its service account, role, organisation and life. */
package dk.tegn.core.apikey.entity;
