/**
 * Who is calling, with their roles per organisation, the refusal exception, and the "sign-in busy"
 * one.
 */
package dk.tegn.core.security;
