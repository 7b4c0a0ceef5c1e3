/** What a module keeps in memory of what cannot change: bounded, the most recently used first. */
package dk.tegn.core.cache;
