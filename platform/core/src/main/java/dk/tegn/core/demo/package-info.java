/** Demo data hooks for the embedded default. */
package dk.tegn.core.demo;
