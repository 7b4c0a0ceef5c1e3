/** How modules contribute menu entries and role home pages to the layout. */
package dk.tegn.core.navigation;
