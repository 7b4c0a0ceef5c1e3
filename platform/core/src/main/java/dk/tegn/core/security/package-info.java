/** Who is calling, with their roles per organisation, and the refusal exception. */
package dk.tegn.core.security;
